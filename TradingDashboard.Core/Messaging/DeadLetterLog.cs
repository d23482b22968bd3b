using TradingDashboard.Core.Events.Validation;

namespace TradingDashboard.Core.Messaging;

/// <summary>
/// The most recent rejections, for health screens and the in-process transport (which has no
/// broker DLQ). With RabbitMQ the messages themselves live in <c>backend.mt5.events.dlq</c>.
/// </summary>
public sealed class DeadLetterLog(TimeProvider time)
{
    private const int Capacity = 500;
    private readonly LinkedList<DeadLetter> _recent = new();
    private readonly Lock _lock = new();

    public void Add(string routingKey, EventRejection rejection, int bodyLength)
    {
        lock (_lock)
        {
            _recent.AddFirst(new DeadLetter(routingKey, rejection, time.GetUtcNow(), bodyLength));
            if (_recent.Count > Capacity)
            {
                _recent.RemoveLast();
            }
        }
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<DeadLetter> Recent()
    {
        lock (_lock)
        {
            return [.. _recent];
        }
    }
}
