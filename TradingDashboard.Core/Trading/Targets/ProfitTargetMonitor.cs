using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Trading.Sync;

namespace TradingDashboard.Core.Trading.Targets;

/// <summary>
/// Watches the open trades that have a TP1 (<see cref="Trade.ProfitTargetPrice"/>) not yet done:
/// re-reads them from the books every <see cref="TradeSyncOptions.ProfitTargetRefreshMs"/> (so
/// trades opened, closed or changed by any path are picked up), keeps one price subscription per
/// account and symbol, and hands a reached target to <see cref="ProfitTargetExecutor"/>. A trade
/// whose target was hit but whose stop is not yet at break-even is finished without waiting for a price.
/// </summary>
internal sealed class ProfitTargetMonitor(
    IDbContextFactory<DashboardDbContext> contexts,
    IMarketHub hub,
    ProfitTargetExecutor executor,
    IHostApplicationLifetime lifetime,
    IOptions<TradeSyncOptions> options,
    IOptions<TradingOptions> trading,
    TimeProvider time,
    ILogger<ProfitTargetMonitor> logger) : BackgroundService
{
    private readonly Dictionary<string, SymbolWatch> _watches = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await HostStart.WaitAsync(lifetime, stoppingToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await WatchAsync(stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var watch in _watches.Values)
            {
                await watch.DisposeAsync().ConfigureAwait(false);
            }

            _watches.Clear();
        }
    }

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.ProfitTargetRefreshMs);
        while (true)
        {
            try
            {
                await RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.RefreshFailed(e);
            }

            try
            {
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var trades = await LoadAsync(cancellationToken).ConfigureAwait(false);
        executor.Retain(trades.Select(t => t.Id).ToHashSet());
        foreach (var hit in trades.Where(t => t.TargetHit && executor.ShouldTry(t.Id)))
        {
            await executor.RunAsync(hit, hit.TargetPrice, cancellationToken).ConfigureAwait(false);
        }

        var bySymbol = trades
            .Where(t => !t.TargetHit)
            .GroupBy(t => GroupKeys.Prices(t.AccountId, t.Symbol))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<WatchedTrade>)[.. g], StringComparer.Ordinal);
        foreach (var key in _watches.Keys.Where(k => !bySymbol.ContainsKey(k)).ToList())
        {
            await _watches[key].DisposeAsync().ConfigureAwait(false);
            _watches.Remove(key);
        }

        var staleAfter = TimeSpan.FromSeconds(trading.Value.StalePriceSeconds);
        foreach (var (key, watched) in bySymbol)
        {
            if (!_watches.TryGetValue(key, out var watch))
            {
                watch = new SymbolWatch(hub, key, executor, time, staleAfter, logger, cancellationToken);
                _watches.Add(key, watch);
            }

            watch.Watch(watched);
        }
    }

    private async Task<List<WatchedTrade>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Trades.AsNoTracking()
            .Where(t => t.Status == TradeStatus.Open
                && t.ProfitTargetPrice != null
                && t.ProfitTargetFraction != null
                && (!t.ProfitTargetHit || !t.BreakEvenSet))
            .Select(t => new WatchedTrade(
                t.Id,
                t.AccountId,
                t.PositionTicket,
                t.Symbol,
                t.Direction,
                t.OpenVolume,
                t.RemainingVolume,
                t.OpenPrice,
                t.StopLoss,
                t.TakeProfit,
                t.ProfitTargetPrice!.Value,
                t.ProfitTargetFraction!.Value,
                t.ProfitTargetHit,
                t.Source,
                t.LiveRunId,
                t.BotVersion,
                t.CorrelationId))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }
}
