using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using TradingDashboard.Core.Events.Validation;
using TradingDashboard.Core.Messaging.Pipeline;

namespace TradingDashboard.Core.Messaging.RabbitMq;

/// <summary>
/// Consumes <c>backend.mt5.events</c> with manual acks and a prefetch window. Each message is
/// acked only after the pipeline applied it; a rejected one is republished to the DLX with its
/// reason in headers (falling back to a plain nack, which the queue's DLX also routes), so the
/// consumer never dies on bad data. A transient fault (database down) requeues the message after
/// a pause instead. Connection loss is healed by automatic recovery; a channel the broker closes
/// while the connection stays up, or a consumer it cancels, is rebuilt here; the first connection
/// is retried with back-off.
/// </summary>
internal sealed partial class RabbitMqEventConsumer(
    EventPipeline pipeline,
    DeadLetterLog deadLetters,
    IOptions<MessagingOptions> options,
    TimeProvider time,
    ILogger<RabbitMqEventConsumer> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan DeadLetterTimeout = TimeSpan.FromSeconds(10);
    private IConnection? _connection;
    private IChannel? _channel;
    private IChannel? _deadLetterChannel;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.RabbitMq;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var lost = await ConnectAsync(settings, stoppingToken).ConfigureAwait(false);
                LogConsumerLost(await lost.WaitAsync(stoppingToken).ConfigureAwait(false));
                await DisposeConnectionAsync().ConfigureAwait(false);
                await Task.Delay(RetryDelay, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: unacked messages return to the queue and are deduplicated on redelivery.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await DisposeConnectionAsync().ConfigureAwait(false);
    }

    /// <returns>Completes, with the reason, when the consumer is lost in a way recovery will not heal.</returns>
    private async Task<Task<string>> ConnectAsync(RabbitMqOptions settings, CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                _connection = await RabbitMqConnectionFactory.Create(settings, "consumer").CreateConnectionAsync(stoppingToken).ConfigureAwait(false);
                _channel = await _connection.CreateChannelAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
                _deadLetterChannel = await _connection.CreateChannelAsync(
                    new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
                    stoppingToken).ConfigureAwait(false);
                await RabbitMqTopology.DeclareAsync(_channel, settings, stoppingToken).ConfigureAwait(false);
                await _channel.BasicQosAsync(0, settings.Prefetch, global: false, stoppingToken).ConfigureAwait(false);
                var consumer = new AsyncEventingBasicConsumer(_channel);
                consumer.ReceivedAsync += (_, delivery) => HandleAsync(delivery, stoppingToken);
                var lost = WatchForLoss(_connection, _channel, consumer, stoppingToken);
                await _channel.BasicConsumeAsync(settings.Queue, autoAck: false, consumer, stoppingToken).ConfigureAwait(false);
                LogConsuming(settings.Queue, settings.HostName, settings.VirtualHost, settings.Prefetch);
                return lost;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogConnectFailed(e.Message, delay.TotalSeconds);
                await DisposeConnectionAsync().ConfigureAwait(false);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
            }
        }
    }

    private static Task<string> WatchForLoss(IConnection connection, IChannel channel, AsyncEventingBasicConsumer consumer, CancellationToken stoppingToken)
    {
        var lost = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        channel.ChannelShutdownAsync += (_, args) =>
        {
            // A lost connection is healed by automatic recovery; a channel the broker closed on a
            // live connection (consumer_timeout, a bad delivery tag) is not.
            if (args.Initiator != ShutdownInitiator.Application && connection.IsOpen && !stoppingToken.IsCancellationRequested)
            {
                lost.TrySetResult($"channel closed by the broker: {args.ReplyCode} {args.ReplyText}");
            }

            return Task.CompletedTask;
        };
        consumer.UnregisteredAsync += (_, _) =>
        {
            if (!stoppingToken.IsCancellationRequested)
            {
                lost.TrySetResult("the broker cancelled the consumer (queue deleted?)");
            }

            return Task.CompletedTask;
        };
        return lost.Task;
    }

    private async Task HandleAsync(BasicDeliverEventArgs delivery, CancellationToken stoppingToken)
    {
        var channel = _channel!;
        ProcessingResult result;
        try
        {
            result = await pipeline.ProcessAsync(delivery.Body, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        try
        {
            if (result.Outcome == ProcessingOutcome.Retry)
            {
                // Not durable yet: requeue (to the head, keeping order) after a pause, never ack.
                await Task.Delay(RetryDelay, time, stoppingToken).ConfigureAwait(false);
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, stoppingToken).ConfigureAwait(false);
                return;
            }

            if (result is { Outcome: ProcessingOutcome.Rejected, Rejection: { } rejection })
            {
                deadLetters.Add(delivery.RoutingKey, rejection, delivery.Body.Length);
                if (!await TryDeadLetterAsync(delivery, rejection, stoppingToken).ConfigureAwait(false))
                {
                    await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: false, stoppingToken).ConfigureAwait(false);
                    return;
                }
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down mid-retry: the message stays unacked and is redelivered.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The channel went away mid-ack: the broker redelivers and the pipeline deduplicates.
            LogAckFailed(e.Message, delivery.DeliveryTag);
        }
    }

    private async Task<bool> TryDeadLetterAsync(BasicDeliverEventArgs delivery, EventRejection rejection, CancellationToken stoppingToken)
    {
        var settings = options.Value.RabbitMq;
        var headers = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (delivery.BasicProperties.Headers is { } original)
        {
            foreach (var (key, value) in original)
            {
                headers[key] = value;
            }
        }

        headers[RabbitMqTopology.RejectReasonHeader] = rejection.Reason.ToWire();
        headers[RabbitMqTopology.RejectDetailHeader] = rejection.Detail;
        headers[RabbitMqTopology.OriginalRoutingKeyHeader] = delivery.RoutingKey;
        headers[RabbitMqTopology.RejectedAtHeader] = time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var properties = new BasicProperties
        {
            Persistent = true,
            ContentType = delivery.BasicProperties.ContentType,
            MessageId = delivery.BasicProperties.MessageId,
            Headers = headers,
        };
        try
        {
            // Bounded: a broker in a resource alarm blocks publishes; the nack fallback still dead-letters.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(DeadLetterTimeout);
            await _deadLetterChannel!.BasicPublishAsync(settings.DeadLetterExchange, delivery.RoutingKey, mandatory: false, properties, delivery.Body, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            LogDeadLetterFailed("no confirm within 10 s", rejection.Reason.ToWire());
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogDeadLetterFailed(e.Message, rejection.Reason.ToWire());
            return false;
        }
    }

    private async Task DisposeConnectionAsync()
    {
        foreach (var disposable in new IAsyncDisposable?[] { _channel, _deadLetterChannel, _connection })
        {
            if (disposable is not null)
            {
                try
                {
                    await disposable.DisposeAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogDisposeFailed(e.Message);
                }
            }
        }

        (_channel, _deadLetterChannel, _connection) = (null, null, null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consuming {Queue} on {Host} vhost {VirtualHost} with prefetch {Prefetch}")]
    private partial void LogConsuming(string queue, string host, string virtualHost, ushort prefetch);

    [LoggerMessage(Level = LogLevel.Warning, Message = "RabbitMQ consumer lost: {Reason}; reconnecting")]
    private partial void LogConsumerLost(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "RabbitMQ connection failed ({Error}); retrying in {DelaySeconds} s")]
    private partial void LogConnectFailed(string error, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ack of delivery {DeliveryTag} failed ({Error}); it will be redelivered")]
    private partial void LogAckFailed(string error, ulong deliveryTag);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dead-lettering with reason {Reason} failed ({Error}); nacking to the queue's DLX instead")]
    private partial void LogDeadLetterFailed(string error, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignoring error while closing a failed connection: {Error}")]
    private partial void LogDisposeFailed(string error);
}
