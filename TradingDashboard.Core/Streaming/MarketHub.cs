using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Streaming;

/// <summary>
/// Fan-out by group key. Publishing takes no lock on the hot path: subscriber lists are
/// immutable snapshots swapped on subscribe/unsubscribe, and each subscriber's buffer is
/// non-blocking, so a slow circuit can never slow the consumer or the other viewers.
/// </summary>
internal sealed class MarketHub(ILastValueCache cache, IOptions<StreamingOptions> options) : IMarketHub
{
    private readonly Lock _gate = new();
    private volatile ImmutableDictionary<string, SubscriberBuffer[]> _exact = ImmutableDictionary<string, SubscriberBuffer[]>.Empty.WithComparers(StringComparer.Ordinal);
    private volatile SubscriberBuffer[] _prefixed = [];

    public int SubscriberCount
    {
        get
        {
            return _exact.Values.Sum(s => s.Length) + _prefixed.Length;
        }
    }

    public IMarketSubscription Subscribe(MarketTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var buffer = new SubscriberBuffer(topic, options.Value.SubscriberBufferCapacity, Remove);
        lock (_gate)
        {
            if (topic.IsPrefix)
            {
                _prefixed = [.. _prefixed, buffer];
            }
            else
            {
                _exact = _exact.SetItem(topic.Key, [.. _exact.GetValueOrDefault(topic.Key, []), buffer]);
            }
        }

        // The buffer is registered first, so a concurrent Publish either reached the cache before
        // this read or reaches the buffer directly; Seed never replaces such a live value.
        foreach (var last in cache.Matching(topic).OrderBy(u => u.ReceivedAt))
        {
            buffer.Seed(last);
        }

        return buffer;
    }

    public void Publish(MarketUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        cache.Set(update);
        if (_exact.TryGetValue(update.GroupKey, out var subscribers))
        {
            foreach (var subscriber in subscribers)
            {
                subscriber.Offer(update);
            }
        }

        foreach (var subscriber in _prefixed)
        {
            if (subscriber.Topic.Matches(update.GroupKey))
            {
                subscriber.Offer(update);
            }
        }
    }

    private void Remove(SubscriberBuffer buffer)
    {
        lock (_gate)
        {
            if (buffer.Topic.IsPrefix)
            {
                _prefixed = [.. _prefixed.Where(b => b != buffer)];
                return;
            }

            SubscriberBuffer[] remaining = [.. _exact.GetValueOrDefault(buffer.Topic.Key, []).Where(b => b != buffer)];
            _exact = remaining.Length == 0 ? _exact.Remove(buffer.Topic.Key) : _exact.SetItem(buffer.Topic.Key, remaining);
        }
    }
}
