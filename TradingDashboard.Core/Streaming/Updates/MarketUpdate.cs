namespace TradingDashboard.Core.Streaming.Updates;

/// <summary>A value fanned out to subscribers of <see cref="GroupKey"/>.</summary>
/// <param name="GroupKey">The documented group key (see <see cref="GroupKeys"/>).</param>
/// <param name="ReceivedAt">When the dashboard received it: the basis of every "age" shown.</param>
public abstract record MarketUpdate(string GroupKey, DateTimeOffset ReceivedAt)
{
    /// <summary>Within a group, a newer update with the same item key replaces an unread older one.</summary>
    public abstract string ItemKey { get; }

    /// <summary>The slot this update occupies in the last-value cache.</summary>
    public virtual string CacheKey => ItemKey;
}
