using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Streaming;

/// <summary>
/// One subscriber's view of the hub: a small bounded buffer that keeps the newest update per
/// item key, so a slow reader only ever skips intermediate values and never slows the feed.
/// Dispose to unsubscribe.
/// </summary>
public interface IMarketSubscription : IDisposable
{
    MarketTopic Topic { get; }

    /// <summary>Updates evicted because the buffer was full of distinct keys.</summary>
    long Dropped { get; }

    /// <summary>Waits until at least one update is pending, then returns all pending ones (oldest first).</summary>
    ValueTask<IReadOnlyList<MarketUpdate>> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Returns whatever is pending now without waiting (possibly nothing).</summary>
    IReadOnlyList<MarketUpdate> Drain();
}
