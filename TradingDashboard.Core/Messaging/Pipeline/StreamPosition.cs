namespace TradingDashboard.Core.Messaging.Pipeline;

/// <summary>Where a stream stands: a primary order (tick ms, bar open) and a tie-breaker (occurred_at ticks).</summary>
internal readonly record struct StreamPosition(long Primary, long Secondary) : IComparable<StreamPosition>
{
    public int CompareTo(StreamPosition other)
    {
        var primary = Primary.CompareTo(other.Primary);
        return primary != 0 ? primary : Secondary.CompareTo(other.Secondary);
    }
}
