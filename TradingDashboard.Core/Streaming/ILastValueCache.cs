using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Streaming;

/// <summary>
/// The newest value per (group key, cache key): last tick per symbol, last account snapshot,
/// last positions snapshot, last bar. In process; an interface so a shared store can replace it.
/// </summary>
public interface ILastValueCache
{
    void Set(MarketUpdate update);

    IReadOnlyList<MarketUpdate> Matching(MarketTopic topic);

    T? Get<T>(string groupKey, string cacheKey)
        where T : MarketUpdate;
}
