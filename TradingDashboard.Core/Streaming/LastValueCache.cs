using System.Collections.Concurrent;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Streaming;

/// <summary>In-process <see cref="ILastValueCache"/>: one slot per (group key, cache key).</summary>
internal sealed class LastValueCache : ILastValueCache
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, MarketUpdate>> _groups = new(StringComparer.Ordinal);

    public void Set(MarketUpdate update)
    {
        var group = _groups.GetOrAdd(update.GroupKey, static _ => new ConcurrentDictionary<string, MarketUpdate>(StringComparer.Ordinal));
        group[update.CacheKey] = update;
    }

    public IReadOnlyList<MarketUpdate> Matching(MarketTopic topic)
    {
        if (!topic.IsPrefix)
        {
            return _groups.TryGetValue(topic.Key, out var group) ? [.. group.Values] : [];
        }

        return [.. _groups.Where(g => topic.Matches(g.Key)).SelectMany(g => g.Value.Values)];
    }

    public T? Get<T>(string groupKey, string cacheKey)
        where T : MarketUpdate =>
        _groups.TryGetValue(groupKey, out var group) && group.TryGetValue(cacheKey, out var update) ? update as T : null;
}
