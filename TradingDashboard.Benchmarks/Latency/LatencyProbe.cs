using System.Diagnostics;
using TradingDashboard.Benchmarks.Workload;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Benchmarks.Latency;

/// <summary>
/// Both ends of the measurement in one process, so one clock: the publisher stamps each
/// sequence just before handing it to RabbitMQ, and a hub subscriber stamps the
/// <see cref="QuoteUpdate"/> whose <c>time_msc</c> names that sequence as soon as it reads it.
/// </summary>
internal sealed class LatencyProbe : IAsyncDisposable
{
    private readonly TickStream _stream;
    private readonly long[] _publishedAt;
    private readonly long[] _sentAtUtc;
    private readonly long[] _readAt;
    private readonly long[] _readAtUtc;
    private readonly long[] _appliedAtUtc;
    private readonly IMarketSubscription _subscription;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _foreign;

    public LatencyProbe(IMarketHub hub, Guid accountId, TickStream stream, int capacity)
    {
        _stream = stream;
        _publishedAt = new long[capacity];
        _sentAtUtc = new long[capacity];
        _readAt = new long[capacity];
        _readAtUtc = new long[capacity];
        _appliedAtUtc = new long[capacity];
        _subscription = hub.Subscribe(MarketTopic.Prefix(GroupKeys.PricesPrefix(accountId)));
        _loop = Task.Run(ReadAsync);
    }

    public void MarkPublished(long sequence, long stopwatchTimestamp, DateTimeOffset sentAt)
    {
        _publishedAt[sequence] = stopwatchTimestamp;
        _sentAtUtc[sequence] = sentAt.UtcTicks;
    }

    /// <summary>Stops reading and summarises sequences <paramref name="from"/> .. <paramref name="from"/> + <paramref name="count"/> - 1.</summary>
    public async Task<LatencySample> StopAsync(long from, int count)
    {
        await _stop.CancelAsync();
        await _loop;
        var total = new List<double>(count);
        var toPipeline = new List<double>(count);
        var handOff = new List<double>(count);
        for (var sequence = from; sequence < from + count; sequence++)
        {
            if (_readAt[sequence] == 0 || _publishedAt[sequence] == 0)
            {
                continue;
            }

            total.Add(Stopwatch.GetElapsedTime(_publishedAt[sequence], _readAt[sequence]).TotalMilliseconds);
            toPipeline.Add(TimeSpan.FromTicks(_appliedAtUtc[sequence] - _sentAtUtc[sequence]).TotalMilliseconds);
            handOff.Add(TimeSpan.FromTicks(_readAtUtc[sequence] - _appliedAtUtc[sequence]).TotalMilliseconds);
        }

        return new LatencySample(count, [.. total.Order()], [.. toPipeline.Order()], [.. handOff.Order()], [.. Freshness(from, count).Order()], _subscription.Dropped, Interlocked.Read(ref _foreign));
    }

    /// <summary>
    /// For every published tick, coalesced or not: how long until the subscriber held that quote
    /// or a newer one of the same symbol, which is what a viewer of the symbol experiences.
    /// </summary>
    private List<double> Freshness(long from, int count)
    {
        var symbols = _stream.SymbolCount;
        var firstSeen = new long[_readAt.Length];
        for (var sequence = _readAt.Length - 1; sequence >= 0; sequence--)
        {
            firstSeen[sequence] = _readAt[sequence] != 0 || sequence + symbols >= _readAt.Length
                ? _readAt[sequence]
                : firstSeen[sequence + symbols];
        }

        var fresh = new List<double>(count);
        for (var sequence = from; sequence < from + count; sequence++)
        {
            if (firstSeen[sequence] != 0 && _publishedAt[sequence] != 0)
            {
                fresh.Add(Stopwatch.GetElapsedTime(_publishedAt[sequence], firstSeen[sequence]).TotalMilliseconds);
            }
        }

        return fresh;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
            await _loop;
        }

        _subscription.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        try
        {
            while (true)
            {
                var batch = await _subscription.ReadAsync(_stop.Token);
                var readAt = Stopwatch.GetTimestamp();
                var readAtUtc = DateTimeOffset.UtcNow.UtcTicks;
                foreach (var update in batch)
                {
                    Record(update, readAt, readAtUtc);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped by StopAsync.
        }
    }

    private void Record(MarketUpdate update, long readAt, long readAtUtc)
    {
        var sequence = update is QuoteUpdate quote ? _stream.SequenceOf(quote.Tick.TimeMsc) : -1;
        if (sequence < 0 || sequence >= _readAt.Length || _readAt[sequence] != 0)
        {
            Interlocked.Increment(ref _foreign);
            return;
        }

        _readAt[sequence] = readAt;
        _readAtUtc[sequence] = readAtUtc;
        _appliedAtUtc[sequence] = update.ReceivedAt.UtcTicks;
    }
}
