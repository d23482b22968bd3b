using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Resilience;

namespace TradingDashboard.Core.Trading.Sync;

/// <summary>
/// One account's sync: reconcile Unknown orders, read the broker's positions, then correct the
/// books. Positions and SL/TP come through <see cref="ITradingService"/> (breaker, retries); a
/// trade whose position is gone is closed only when the broker's deals show the exits, read from
/// the account's connector (<see cref="IBrokerConnector.GetDealsAsync"/>, which the trading
/// service does not expose), so a glitch that hides a position never closes a trade.
/// </summary>
internal sealed class TradeSync(
    ITradingService trading,
    IAccountDirectory directory,
    IBrokerConnectorFactory connectors,
    IDbContextFactory<DashboardDbContext> contexts,
    PositionImporter importer,
    IOptions<TradeSyncOptions> options,
    TimeProvider time,
    ILogger<TradeSync> logger) : ITradeSync
{
    public async Task<IReadOnlyList<TradeSyncResult>> SyncAllAsync(CancellationToken cancellationToken)
    {
        var accounts = directory.All.Where(a => a.IsActive).Select(a => a.Id).ToList();
        var results = new TradeSyncResult[accounts.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentAccounts, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(
            Enumerable.Range(0, accounts.Count),
            parallel,
            async (i, token) => results[i] = await SyncAccountAsync(accounts[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }

    public async Task<TradeSyncResult> SyncAccountAsync(Guid accountId, CancellationToken cancellationToken)
    {
        if (directory.Find(accountId) is not { IsActive: true } account)
        {
            return Skip(accountId, "the account is unknown or inactive");
        }

        try
        {
            if (trading.GetStatus(AccessUser.System, accountId).Breaker == BreakerState.Open)
            {
                return Skip(accountId, "the account's circuit breaker is open");
            }

            var result = await RunAsync(account, cancellationToken).ConfigureAwait(false);
            if (result.Reconciled + result.Imported + result.Updated + result.Closed > 0)
            {
                logger.Synced(accountId, result.Reconciled, result.Imported, result.Updated, result.Closed);
            }

            return result;
        }
        catch (BrokerException e)
        {
            // An expected fault of an unreachable bridge: no stack trace every round.
            logger.BrokerFailed(accountId, e.Kind, e.Message);
            return new TradeSyncResult(accountId, TradeSyncOutcome.Failed, Message: e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.Failed(e, accountId);
            return new TradeSyncResult(accountId, TradeSyncOutcome.Failed, Message: e.Message);
        }
    }

    private TradeSyncResult Skip(Guid accountId, string reason)
    {
        logger.Skipped(accountId, reason);
        return new TradeSyncResult(accountId, TradeSyncOutcome.Skipped, Message: reason);
    }

    /// <remarks>
    /// The broker is read twice, before and after the books. An order of the pipeline is recorded
    /// (in flight) before it reaches the broker and settles its trade in one transaction, so a
    /// position that reads the same both times and has no order in flight between them is a true
    /// picture to correct the books by; anything else waits for the next round.
    /// </remarks>
    private async Task<TradeSyncResult> RunAsync(Account account, CancellationToken cancellationToken)
    {
        var reconciled = await trading.ReconcileAsync(AccessUser.System, account.Id, cancellationToken).ConfigureAwait(false);
        var before = await PositionsAsync(account.Id, cancellationToken).ConfigureAwait(false);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var busy = await InFlightTicketsAsync(db, account.Id, cancellationToken).ConfigureAwait(false);
        var open = await db.Trades.AsNoTracking()
            .Where(t => t.AccountId == account.Id && t.Status == TradeStatus.Open)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var after = await PositionsAsync(account.Id, cancellationToken).ConfigureAwait(false);
        var stable = before.Values
            .Where(p => after.TryGetValue(p.Ticket, out var again) && SameState(p, again))
            .ToDictionary(p => p.Ticket);
        var now = time.GetUtcNow();
        var settled = open.Where(t => !busy.Contains(t.PositionTicket)).ToList();
        var vanished = settled.Where(t => !before.ContainsKey(t.PositionTicket) && !after.ContainsKey(t.PositionTicket)).ToList();
        var reduced = new List<Trade>();
        var updated = 0;
        foreach (var trade in settled.Where(t => stable.ContainsKey(t.PositionTicket)))
        {
            var position = stable[trade.PositionTicket];
            if (await FollowAsync(db, trade, position, now, cancellationToken).ConfigureAwait(false))
            {
                updated++;
                logger.Drifted(trade.Id, trade.PositionTicket, position.Volume, position.StopLoss, position.TakeProfit);
                if (position.Volume < trade.RemainingVolume)
                {
                    reduced.Add(trade);
                }
            }
        }

        var closed = await ApplyDealsAsync(db, account, vanished, reduced, now, cancellationToken).ConfigureAwait(false);
        var known = open.Select(t => t.PositionTicket).ToHashSet();
        var imported = await importer.ImportAsync(account.Id, [.. stable.Values.Where(p => !known.Contains(p.Ticket))], cancellationToken).ConfigureAwait(false);
        return new TradeSyncResult(account.Id, TradeSyncOutcome.Synced, reconciled, imported, updated, closed);
    }

    private async Task<Dictionary<long, BrokerPosition>> PositionsAsync(Guid accountId, CancellationToken cancellationToken) =>
        (await trading.GetPositionsAsync(AccessUser.System, accountId, cancellationToken).ConfigureAwait(false))
            .DistinctBy(p => p.Ticket)
            .ToDictionary(p => p.Ticket);

    private static bool SameState(BrokerPosition first, BrokerPosition second) =>
        first.Volume == second.Volume && first.StopLoss == second.StopLoss && first.TakeProfit == second.TakeProfit;

    /// <summary>Positions with an order still on its way (Recorded) or in doubt (Unknown): the pipeline settles them.</summary>
    private static async Task<HashSet<long>> InFlightTicketsAsync(DashboardDbContext db, Guid accountId, CancellationToken cancellationToken)
    {
        var tickets = await db.TradeOrders
            .Where(o => o.AccountId == accountId && (o.Status == OrderStatus.Recorded || o.Status == OrderStatus.Unknown) && o.PositionTicket != null)
            .Select(o => o.PositionTicket!.Value)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. tickets];
    }

    /// <summary>
    /// Sets the broker's volume and SL/TP on the trade, only if the row still holds what was read
    /// (compare-and-set), so a change the pipeline made meanwhile is never overwritten.
    /// </summary>
    /// <returns>True when the books differed from the broker and were corrected.</returns>
    private static async Task<bool> FollowAsync(DashboardDbContext db, Trade trade, BrokerPosition position, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (trade.RemainingVolume == position.Volume && trade.StopLoss == position.StopLoss && trade.TakeProfit == position.TakeProfit)
        {
            return false;
        }

        var (volume, stopLoss, takeProfit) = (trade.RemainingVolume, trade.StopLoss, trade.TakeProfit);
        var openVolume = Math.Max(trade.OpenVolume, position.Volume);
        var changed = await db.Trades
            .Where(t => t.Id == trade.Id && t.Status == TradeStatus.Open && t.RemainingVolume == volume && t.StopLoss == stopLoss && t.TakeProfit == takeProfit)
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.RemainingVolume, position.Volume)
                    .SetProperty(t => t.OpenVolume, openVolume)
                    .SetProperty(t => t.StopLoss, position.StopLoss)
                    .SetProperty(t => t.TakeProfit, position.TakeProfit)
                    .SetProperty(t => t.UpdatedAt, now),
                cancellationToken)
            .ConfigureAwait(false);
        return changed == 1;
    }

    /// <summary>Closes vanished trades whose deals show the exits, and books the realized part of reduced ones.</summary>
    /// <returns>Trades closed.</returns>
    private async Task<int> ApplyDealsAsync(DashboardDbContext db, Account account, List<Trade> vanished, List<Trade> reduced, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (vanished.Count == 0 && reduced.Count == 0)
        {
            return 0;
        }

        var since = vanished.Concat(reduced).Min(t => t.OpenedAt) - TimeSpan.FromMinutes(options.Value.DealsLookbackMinutes);
        var deals = (await connectors.Create(account).GetDealsAsync(since, cancellationToken).ConfigureAwait(false))
            .GroupBy(d => d.PositionTicket)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<BrokerDeal>)[.. g]);
        var closed = 0;
        foreach (var read in vanished)
        {
            if (!deals.TryGetValue(read.PositionTicket, out var ofPosition) || !DealLedger.ClosesPosition(read, ofPosition))
            {
                logger.VanishedWithoutDeals(read.Id, read.PositionTicket);
                continue;
            }

            // The deals are the whole truth, so whoever closed it meanwhile (event, pipeline) wrote the same.
            var trade = await db.Trades.SingleAsync(t => t.Id == read.Id, cancellationToken).ConfigureAwait(false);
            await ClosedTrades.CloseAsync(db, trade, ofPosition, now, cancellationToken).ConfigureAwait(false);
            logger.ClosedFromDeals(trade.Id, trade.PositionTicket, trade.CloseReason);
            closed++;
        }

        foreach (var read in reduced.Where(t => deals.ContainsKey(t.PositionTicket)))
        {
            DealLedger.ApplyRealized(await db.Trades.SingleAsync(t => t.Id == read.Id, cancellationToken).ConfigureAwait(false), deals[read.PositionTicket]);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return closed;
    }
}
