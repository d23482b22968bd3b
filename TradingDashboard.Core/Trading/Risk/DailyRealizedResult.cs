using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Persistence;

namespace TradingDashboard.Core.Trading.Risk;

/// <summary>
/// Today's (UTC) realized result of an account: profit + swap + commission of the trades closed
/// today, plus positions the broker reported closed today that the dashboard did not open (each
/// position counted once).
/// </summary>
internal sealed class DailyRealizedResult(IDbContextFactory<DashboardDbContext> contexts)
{
    public async Task<decimal> TodayAsync(Guid accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);

        // SQLite can neither compare DateTimeOffset nor add decimals in SQL: there the day filter and the sums run here.
        var sqlFilter = !db.Database.IsSqlite();
        var trades = db.Trades.AsNoTracking().Where(t => t.AccountId == accountId && t.ClosedAt != null);
        var closes = db.ClosedPositions.AsNoTracking().Where(c => c.AccountId == accountId);
        if (sqlFilter)
        {
            trades = trades.Where(t => t.ClosedAt >= dayStart);
            closes = closes.Where(c => c.ClosedAt >= dayStart);
        }

        var tradeRows = await trades
            .Select(t => new { t.PositionTicket, t.ClosedAt, t.RealizedProfit, t.Swap, t.Commission })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var closeRows = await closes
            .Select(c => new { c.PositionId, c.ClosedAt, c.Profit, c.Swap, c.Commission })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var known = tradeRows.Select(t => t.PositionTicket).ToHashSet();
        var fromTrades = tradeRows.Where(t => t.ClosedAt >= dayStart).Sum(t => t.RealizedProfit + t.Swap + t.Commission);
        var fromCloses = closeRows
            .Where(c => c.ClosedAt >= dayStart && !known.Contains(c.PositionId))
            .Sum(c => c.Profit + c.Swap + c.Commission);
        return fromTrades + fromCloses;
    }
}
