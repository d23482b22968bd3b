using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.Sync;

/// <summary>
/// Closes a trade from its position's deals: the one rule for the <c>position.closed</c> event and
/// for the periodic sync, so whichever comes first (or both) leaves the same row.
/// </summary>
internal static class ClosedTrades
{
    public static async Task CloseAsync(DashboardDbContext db, Trade trade, IReadOnlyList<BrokerDeal> deals, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(trade);
        ArgumentNullException.ThrowIfNull(deals);
        var exits = DealLedger.Exits(deals);
        var lastExit = exits.Count > 0 ? exits[^1] : null;
        var exitOrder = await OrderTags.FindAsync(db, trade.AccountId, lastExit?.Comment, cancellationToken).ConfigureAwait(false);
        DealLedger.Close(trade, deals, CloseReasons.Decide(trade, lastExit, exitOrder), now);
    }
}
