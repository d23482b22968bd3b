using System.Collections.Concurrent;

namespace TradingDashboard.Core.Streaming;

/// <summary>First bid of each symbol's trading day (in the tick's own time, as MT5's daily change uses).</summary>
internal sealed class DayOpenTracker
{
    private readonly ConcurrentDictionary<string, (DateOnly Day, decimal Open)> _opens = new(StringComparer.Ordinal);

    public decimal Observe(string groupKey, DateTimeOffset tickTime, decimal bid)
    {
        var day = DateOnly.FromDateTime(tickTime.UtcDateTime);
        var entry = _opens.AddOrUpdate(
            groupKey,
            static (_, state) => state,
            static (_, existing, state) => existing.Day >= state.Day ? existing : state,
            (Day: day, Open: bid));
        return entry.Open;
    }
}
