using System.Threading.Channels;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Streaming;

/// <summary>
/// A subscriber's pending updates, newest per (group, item) key, bounded in keys. Writers never
/// wait: a new value replaces the unread one with the same key; when the buffer is full of
/// distinct keys the oldest key is evicted and counted.
/// </summary>
internal sealed class SubscriberBuffer(MarketTopic topic, int capacity, Action<SubscriberBuffer> onDispose) : IMarketSubscription
{
    private readonly OrderedDictionary<(string Group, string Item), MarketUpdate> _pending = new(capacity);
    private readonly Channel<bool> _doorbell = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private readonly Lock _lock = new();
    private long _dropped;
    private int _disposed;

    public MarketTopic Topic { get; } = topic;

    public long Dropped => Interlocked.Read(ref _dropped);

    public void Offer(MarketUpdate update)
    {
        lock (_lock)
        {
            var key = (update.GroupKey, update.ItemKey);
            if (!_pending.ContainsKey(key) && _pending.Count >= capacity)
            {
                _pending.RemoveAt(0);
                _dropped++;
            }

            // Remove first so a replaced key moves to the end: readers see updates in arrival order.
            _pending.Remove(key);
            _pending.Add(key, update);
        }

        _doorbell.Writer.TryWrite(true);
    }

    /// <summary>
    /// Adds a cached value unless a live update for the same key already arrived: a publish that
    /// races with subscribing may land before the seed, and the seed must not overwrite it.
    /// </summary>
    public void Seed(MarketUpdate update)
    {
        lock (_lock)
        {
            if (!_pending.TryAdd((update.GroupKey, update.ItemKey), update))
            {
                return;
            }

            if (_pending.Count > capacity)
            {
                _pending.RemoveAt(0);
                _dropped++;
            }
        }

        _doorbell.Writer.TryWrite(true);
    }

    public async ValueTask<IReadOnlyList<MarketUpdate>> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = Drain();
            if (batch.Count > 0)
            {
                return batch;
            }

            var open = await _doorbell.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
            ObjectDisposedException.ThrowIf(!open, this);

            _doorbell.Reader.TryRead(out _);
        }
    }

    public IReadOnlyList<MarketUpdate> Drain()
    {
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return [];
            }

            var batch = new MarketUpdate[_pending.Count];
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = _pending.GetAt(i).Value;
            }

            _pending.Clear();
            return batch;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _doorbell.Writer.TryComplete();
            onDispose(this);
        }
    }
}
