using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.History;

/// <summary>
/// The trade history over <c>trades</c> and <c>trade_orders</c>. The account set comes from
/// <see cref="IAccountAccess"/> first, so the database is never asked for an account the user
/// may not see; the CSV streams the rows from the database reader straight into the output.
/// </summary>
internal sealed class TradeHistory(IDbContextFactory<DashboardDbContext> contexts, IAccountAccess access) : ITradeHistory
{
    /// <summary>The largest page served, whatever the query asks.</summary>
    public const int MaxPageSize = 500;

    private const string Operation = "trades.history";

    public async Task<TradeHistoryPage> QueryAsync(AccessUser user, TradeHistoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var accounts = Accounts(user, query);
        if (accounts.Count == 0)
        {
            return new TradeHistoryPage([], 0);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var sqlite = db.Database.IsSqlite();
        var filtered = TradeHistoryFilter.Apply(db.Trades.AsNoTracking(), accounts.Keys, query, sqlite);
        var total = await filtered.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = await TradeHistoryFilter.NewestFirst(filtered, sqlite)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, MaxPageSize))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var orders = await OrdersAsync(db, page, cancellationToken).ConfigureAwait(false);
        return new TradeHistoryPage([.. page.Select(t => TradeHistoryRows.From(t, accounts[t.AccountId], orders))], total);
    }

    public async Task WriteCsvAsync(AccessUser user, TradeHistoryQuery query, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(output);
        var accounts = Accounts(user, query);
        var csv = TradeCsv.Create(output);
        await using (csv.ConfigureAwait(false))
        {
            await TradeCsv.WriteHeaderAsync(csv, cancellationToken).ConfigureAwait(false);
            if (accounts.Count > 0)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
                var sqlite = db.Database.IsSqlite();
                var trades = TradeHistoryFilter.NewestFirst(TradeHistoryFilter.Apply(db.Trades.AsNoTracking(), accounts.Keys, query, sqlite), sqlite);
                await foreach (var trade in trades.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    await TradeCsv.WriteAsync(csv, trade, accounts[trade.AccountId], cancellationToken).ConfigureAwait(false);
                }
            }

            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Display names by id of the accounts the query covers; refuses (and logs) a named account the user may not use.</summary>
    private Dictionary<Guid, string> Accounts(AccessUser user, TradeHistoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (query.AccountId is { } accountId)
        {
            var account = access.Demand(user, accountId, Operation);
            return new Dictionary<Guid, string> { [account.Id] = account.DisplayName };
        }

        return access.VisibleAccounts(user).ToDictionary(a => a.Id, a => a.DisplayName);
    }

    /// <summary>The orders of the page's trades: linked by trade id, or naming the trade's position on its account.</summary>
    private static async Task<List<TradeOrder>> OrdersAsync(DashboardDbContext db, List<Trade> page, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var ids = page.Select(t => t.Id).ToList();
        var accountIds = page.Select(t => t.AccountId).Distinct().ToList();
        var tickets = page.Select(t => t.PositionTicket).Distinct().ToList();
        return await db.TradeOrders.AsNoTracking()
            .Where(o => (o.TradeId != null && ids.Contains(o.TradeId.Value))
                || (o.PositionTicket != null && accountIds.Contains(o.AccountId) && tickets.Contains(o.PositionTicket.Value)))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }
}
