namespace TradingDashboard.Core.Messaging;

/// <summary>
/// Publishes serialized events to <c>mt5.events</c> (RabbitMQ with confirms and mandatory, or
/// the in-process transport). Completes once the transport has taken responsibility for the message.
/// </summary>
public interface IEventPublisher
{
    /// <exception cref="MessagingException">The message was not confirmed, or was unroutable.</exception>
    Task PublishAsync(string routingKey, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);
}
