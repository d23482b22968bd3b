namespace TradingDashboard.Core.Messaging.InProcess;

/// <summary>Hands serialized events to the in-process consumer; awaits space rather than dropping.</summary>
internal sealed class InProcessEventPublisher(InProcessEventBus bus) : IEventPublisher
{
    public async Task PublishAsync(string routingKey, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(routingKey);
        if (!routingKey.StartsWith("account.", StringComparison.Ordinal))
        {
            // Mirrors the broker: only account.# is bound, anything else would be unroutable.
            throw new MessagingException($"Unroutable: no queue is bound for routing key '{routingKey}'.");
        }

        await bus.Writer.WriteAsync(new InProcessMessage(routingKey, body.ToArray()), cancellationToken).ConfigureAwait(false);
    }
}
