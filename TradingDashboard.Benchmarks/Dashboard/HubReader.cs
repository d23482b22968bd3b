using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Benchmarks.Dashboard;

/// <summary>
/// Hub subscribers on an account's prices (market-watch circuits or bots), each reading on its
/// own loop and counting what it is handed.
/// </summary>
internal sealed class HubReader : IAsyncDisposable
{
    private readonly IMarketSubscription[] _subscriptions;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _loops;
    private readonly TimeSpan _pause;
    private long _updates;

    public HubReader(IMarketHub hub, Guid accountId, int subscribers, ReaderPacing pacing)
    {
        _pause = pacing == ReaderPacing.Paced ? TimeSpan.FromMilliseconds(100) : TimeSpan.Zero;
        var topic = MarketTopic.Prefix(GroupKeys.PricesPrefix(accountId));
        _subscriptions = [.. Enumerable.Range(0, subscribers).Select(_ => hub.Subscribe(topic))];
        _loops = [.. _subscriptions.Select(s => Task.Run(() => ReadAsync(s)))];
    }

    /// <summary>Updates handed to all subscribers together.</summary>
    public long Updates => Interlocked.Read(ref _updates);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_loops);
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }

        _stop.Dispose();
    }

    private async Task ReadAsync(IMarketSubscription subscription)
    {
        try
        {
            while (true)
            {
                var batch = await subscription.ReadAsync(_stop.Token);
                Interlocked.Add(ref _updates, batch.Count);
                if (_pause > TimeSpan.Zero)
                {
                    await Task.Delay(_pause, _stop.Token);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped by DisposeAsync.
        }
    }
}
