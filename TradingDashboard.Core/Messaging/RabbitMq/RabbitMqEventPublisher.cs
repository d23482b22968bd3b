using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace TradingDashboard.Core.Messaging.RabbitMq;

/// <summary>
/// Publishes persistent messages with publisher confirms and <c>mandatory</c>: a message is
/// done when the broker confirms it; a nack or a return (unroutable) surfaces as a
/// <see cref="MessagingException"/>, never a silent loss.
/// </summary>
internal sealed partial class RabbitMqEventPublisher(IOptions<MessagingOptions> options, ILogger<RabbitMqEventPublisher> logger)
    : IEventPublisher, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private IChannel? _channel;
    private long _returned;

    public long Returned => Interlocked.Read(ref _returned);

    public async Task PublishAsync(string routingKey, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var channel = await EnsureChannelAsync(cancellationToken).ConfigureAwait(false);
            var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
            await channel.BasicPublishAsync(options.Value.RabbitMq.Exchange, routingKey, mandatory: true, properties, body, cancellationToken).ConfigureAwait(false);
        }
        catch (PublishException e) when (e.IsReturn)
        {
            throw new MessagingException($"Unroutable: no queue is bound for routing key '{routingKey}'.", e);
        }
        catch (PublishException e)
        {
            throw new MessagingException($"The broker did not confirm the message for '{routingKey}'.", e);
        }
        catch (Exception e) when (e is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException or IOException)
        {
            throw new MessagingException($"RabbitMQ is unavailable: {e.Message}", e);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null)
        {
            await _channel.DisposeAsync().ConfigureAwait(false);
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }

    private async Task<IChannel> EnsureChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true })
        {
            return _channel;
        }

        var settings = options.Value.RabbitMq;
        _connection ??= await RabbitMqConnectionFactory.Create(settings, "publisher").CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (_channel is not null)
        {
            await _channel.DisposeAsync().ConfigureAwait(false);
        }

        _channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken).ConfigureAwait(false);
        _channel.BasicReturnAsync += OnReturnAsync;
        await RabbitMqTopology.DeclareExchangesAsync(_channel, settings, cancellationToken).ConfigureAwait(false);
        return _channel;
    }

    private Task OnReturnAsync(object sender, BasicReturnEventArgs args)
    {
        Interlocked.Increment(ref _returned);
        LogReturned(args.RoutingKey, args.ReplyText);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message to {RoutingKey} returned by the broker: {ReplyText}")]
    private partial void LogReturned(string routingKey, string replyText);
}
