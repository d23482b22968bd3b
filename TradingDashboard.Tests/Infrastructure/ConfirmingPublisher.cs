using RabbitMQ.Client;
using TradingDashboard.Core.Events;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>
/// Publishes to <c>mt5.events</c> like the MT5 bridge: persistent, mandatory, with publisher
/// confirms, so a publish returns once the broker has the message. Opened up front so a timed
/// test does not count the AMQP handshake.
/// </summary>
public sealed class ConfirmingPublisher : IAsyncDisposable
{
    public const string Exchange = "mt5.events";

    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private ConfirmingPublisher(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<ConfirmingPublisher> OpenAsync(ConnectionFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new ConfirmingPublisher(connection, channel);
    }

    /// <summary>Publishes with routing key <c>account.{id}.{type}</c>; returns once the broker confirmed.</summary>
    public async Task PublishAsync(Guid accountId, string type, byte[] body)
    {
        var properties = new BasicProperties { ContentType = "application/json", Persistent = true };
        await _channel.BasicPublishAsync(Exchange, RoutingKeys.For(accountId, type), mandatory: true, properties, body);
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
