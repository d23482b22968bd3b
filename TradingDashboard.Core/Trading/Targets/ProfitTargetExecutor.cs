using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Trading.Sync;

namespace TradingDashboard.Core.Trading.Targets;

/// <summary>
/// Carries out a reached TP1 through the trading service: the partial close (key
/// <c>tp1:{trade}</c>), then the stop to the entry price (key <c>be:{trade}</c>), and records each
/// step on the trade. The keys make every step happen at most once, across restarts too: asking
/// again after a crash or an Unknown outcome returns the earlier order instead of sending.
/// </summary>
internal sealed class ProfitTargetExecutor(
    ITradingService trading,
    IDbContextFactory<DashboardDbContext> contexts,
    IOptions<TradeSyncOptions> options,
    TimeProvider time,
    ILogger<ProfitTargetExecutor> logger)
{
    private readonly ConcurrentDictionary<Guid, byte> _running = new();
    private readonly ConcurrentDictionary<Guid, byte> _finished = new();
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _notBefore = new();

    /// <summary>False while a step runs, after the trade finished or gave up, and while it waits to ask again.</summary>
    public bool ShouldTry(Guid tradeId) =>
        !_running.ContainsKey(tradeId)
        && !_finished.ContainsKey(tradeId)
        && (!_notBefore.TryGetValue(tradeId, out var notBefore) || time.GetUtcNow() >= notBefore);

    /// <summary>Forgets trades no longer watched (closed, or finished and re-read as such).</summary>
    public void Retain(IReadOnlySet<Guid> watched)
    {
        ArgumentNullException.ThrowIfNull(watched);
        foreach (var id in _finished.Keys.Concat(_notBefore.Keys).Where(id => !watched.Contains(id)))
        {
            _finished.TryRemove(id, out _);
            _notBefore.TryRemove(id, out _);
        }
    }

    /// <summary>Runs what remains of the trade's TP1; the caller decided the target was reached (or was already hit).</summary>
    public async Task RunAsync(WatchedTrade trade, decimal price, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trade);
        if (!ShouldTry(trade.Id) || !_running.TryAdd(trade.Id, 0))
        {
            return;
        }

        try
        {
            var step = trade.TargetHit ? TargetStep.Done : await CloseAsync(trade, price, cancellationToken).ConfigureAwait(false);
            if (step == TargetStep.Done && !trade.TargetHit)
            {
                await MarkAsync(trade.Id, breakEven: false, cancellationToken).ConfigureAwait(false);
            }

            if (step == TargetStep.Done)
            {
                step = await BreakEvenAsync(trade, cancellationToken).ConfigureAwait(false);
                if (step == TargetStep.Done)
                {
                    await MarkAsync(trade.Id, breakEven: true, cancellationToken).ConfigureAwait(false);
                }
            }

            Settle(trade.Id, step);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.Failed(e, trade.Id);
            Settle(trade.Id, TargetStep.Wait);
        }
        finally
        {
            _running.TryRemove(trade.Id, out _);
        }
    }

    private async Task<TargetStep> CloseAsync(WatchedTrade trade, decimal price, CancellationToken cancellationToken)
    {
        if (await trading.GetSymbolAsync(AccessUser.System, trade.AccountId, trade.Symbol, cancellationToken).ConfigureAwait(false) is not { } symbol)
        {
            logger.SymbolUnknown(trade.Id, trade.Symbol);
            return TargetStep.Wait;
        }

        if (ProfitTargetVolume.For(trade.OpenVolume, trade.TargetFraction, trade.RemainingVolume, symbol) is not { } volume)
        {
            logger.PartialSkipped(trade.Id, trade.TargetFraction, trade.OpenVolume, trade.RemainingVolume);
            return TargetStep.Done;
        }

        logger.Reached(trade.Id, trade.PositionTicket, price, volume);
        var intent = new CloseIntent(trade.AccountId, trade.PositionTicket, volume, trade.CloseKey, CloseReason.ProfitTarget1, trade.Lineage);
        var outcome = await trading.ClosePositionAsync(AccessUser.System, intent, cancellationToken).ConfigureAwait(false);
        return Classify(trade.Id, trade.CloseKey, outcome);
    }

    private async Task<TargetStep> BreakEvenAsync(WatchedTrade trade, CancellationToken cancellationToken)
    {
        // Never loosen a stop the trader already moved past the entry.
        var protects = trade.StopLoss is { } stop && (trade.Direction == PositionSide.Buy ? stop >= trade.OpenPrice : stop <= trade.OpenPrice);
        if (protects)
        {
            logger.AlreadyProtected(trade.Id, trade.StopLoss!.Value, trade.OpenPrice);
            return TargetStep.Done;
        }

        var intent = new ModifyIntent(trade.AccountId, trade.PositionTicket, trade.OpenPrice, trade.TakeProfit, trade.BreakEvenKey, trade.Lineage);
        var outcome = await trading.ModifyPositionAsync(AccessUser.System, intent, cancellationToken).ConfigureAwait(false);
        var step = Classify(trade.Id, trade.BreakEvenKey, outcome);
        if (step == TargetStep.Done)
        {
            logger.BreakEven(trade.Id, trade.OpenPrice);
        }

        return step;
    }

    private TargetStep Classify(Guid tradeId, string key, OrderOutcome outcome)
    {
        if (outcome.IsSuccess)
        {
            return TargetStep.Done;
        }

        if (outcome.Status is OrderStatus.Rejected or OrderStatus.NotExecuted)
        {
            logger.GaveUp(tradeId, key, outcome.Status, outcome.Message);
            return TargetStep.GiveUp;
        }

        // Unknown or still Recorded: reconciliation settles it. Refused: nothing was recorded, the key is still free.
        logger.Waiting(tradeId, key, outcome.Status);
        return TargetStep.Wait;
    }

    private async Task MarkAsync(Guid tradeId, bool breakEven, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var trades = db.Trades.Where(t => t.Id == tradeId);
        await (breakEven
            ? trades.ExecuteUpdateAsync(s => s.SetProperty(t => t.BreakEvenSet, true).SetProperty(t => t.UpdatedAt, now), cancellationToken)
            : trades.ExecuteUpdateAsync(s => s.SetProperty(t => t.ProfitTargetHit, true).SetProperty(t => t.UpdatedAt, now), cancellationToken)).ConfigureAwait(false);
    }

    private void Settle(Guid tradeId, TargetStep step)
    {
        if (step == TargetStep.Wait)
        {
            _notBefore[tradeId] = time.GetUtcNow().AddMilliseconds(options.Value.ProfitTargetRetryMs);
            return;
        }

        _notBefore.TryRemove(tradeId, out _);
        _finished[tradeId] = 0;
    }
}
