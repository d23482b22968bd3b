namespace TradingDashboard.Core.Messaging.Pipeline;

/// <summary>The last N event ids seen, oldest forgotten first. Bounded memory, O(1) per event.</summary>
internal sealed class RecentEventWindow(int capacity)
{
    private readonly HashSet<Guid> _seen = new(capacity);
    private readonly Queue<Guid> _order = new(capacity);
    private readonly Lock _lock = new();

    public bool Contains(Guid eventId)
    {
        lock (_lock)
        {
            return _seen.Contains(eventId);
        }
    }

    public void Add(Guid eventId)
    {
        lock (_lock)
        {
            if (!_seen.Add(eventId))
            {
                return;
            }

            _order.Enqueue(eventId);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }
        }
    }
}
