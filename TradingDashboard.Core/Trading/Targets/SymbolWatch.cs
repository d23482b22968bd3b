using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Trading.Targets;

/// <summary>
/// The live prices of one account's symbol (<see cref="GroupKeys.Prices"/>) checked against the
/// TP1 of that symbol's open trades. The hub's buffer keeps only the newest quote, so a slow step
/// never queues stale prices; quotes older than the stale limit (the cached last value of a feed
/// that stopped) trigger nothing.
/// </summary>
internal sealed class SymbolWatch : IAsyncDisposable
{
    private readonly IMarketSubscription _subscription;
    private readonly ProfitTargetExecutor _executor;
    private readonly TimeProvider _time;
    private readonly TimeSpan _staleAfter;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop;
    private readonly Task _reader;
    private volatile IReadOnlyList<WatchedTrade> _trades = [];

    public SymbolWatch(IMarketHub hub, string groupKey, ProfitTargetExecutor executor, TimeProvider time, TimeSpan staleAfter, ILogger logger, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(hub);
        _executor = executor;
        _time = time;
        _staleAfter = staleAfter;
        _logger = logger;
        _subscription = hub.Subscribe(MarketTopic.Group(groupKey));
        _stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        _reader = Task.Run(() => ReadAsync(_stop.Token), CancellationToken.None);
    }

    /// <summary>Replaces the trades checked on each quote.</summary>
    public void Watch(IReadOnlyList<WatchedTrade> trades) => _trades = trades;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _reader.ConfigureAwait(false);
        _subscription.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            IReadOnlyList<MarketUpdate> updates;
            try
            {
                updates = await _subscription.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (updates.OfType<QuoteUpdate>().LastOrDefault() is { } quote && _time.GetUtcNow() - quote.ReceivedAt <= _staleAfter)
            {
                await CheckAsync(quote, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task CheckAsync(QuoteUpdate quote, CancellationToken cancellationToken)
    {
        foreach (var trade in _trades)
        {
            if (!TargetCrossing.IsReached(trade.Direction, trade.TargetPrice, quote.Tick.Bid, quote.Tick.Ask) || !_executor.ShouldTry(trade.Id))
            {
                continue;
            }

            try
            {
                await _executor.RunAsync(trade, trade.Direction == Domain.PositionSide.Buy ? quote.Tick.Bid : quote.Tick.Ask, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                _logger.Failed(e, trade.Id);
            }
        }
    }
}
