using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Benchmarks.Dashboard;

/// <summary>
/// Prompt hub subscribers on an account's prices (like market-watch circuits), each reading on
/// its own loop and counting what it is handed.
/// </summary>
internal sealed class HubReader : IAsyncDisposable
{
    private readonly IMarketSubscription[] _subscriptions;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _loops;
    private long _updates;

    public HubReader(IMarketHub hub, Guid accountId, int subscribers)
    {
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
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped by DisposeAsync.
        }
    }
}
