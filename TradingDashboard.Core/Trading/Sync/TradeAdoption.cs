using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.Sync;

/// <summary>
/// Trades for positions the books never saw (opened in the terminal, or whose open answer was
/// lost): lineage comes from the dashboard's order when the broker comment carries its tag,
/// otherwise the trade is Manual with no key.
/// </summary>
internal static class TradeAdoption
{
    public static async Task<Trade> FromPositionAsync(DashboardDbContext db, Guid accountId, BrokerPosition position, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(position);
        var trade = new Trade
        {
            Id = Guid.NewGuid(),
            AccountId = accountId,
            PositionTicket = position.Ticket,
            Symbol = position.Symbol,
            Direction = position.Direction,
            Status = TradeStatus.Open,
            OpenVolume = position.Volume,
            RemainingVolume = position.Volume,
            OpenPrice = position.PriceOpen,
            StopLoss = position.StopLoss,
            TakeProfit = position.TakeProfit,
            OpenedAt = position.OpenedAt,
            Source = TradeSource.Manual,
            UpdatedAt = now,
        };
        await CopyLineageAsync(db, trade, position.Comment, cancellationToken).ConfigureAwait(false);
        db.Trades.Add(trade);
        return trade;
    }

    /// <summary>The position's trade, or a new one built from its deals (added to <paramref name="db"/>).</summary>
    public static async Task<Trade> FindOrAdoptAsync(DashboardDbContext db, Guid accountId, long positionTicket, string symbol, IReadOnlyList<BrokerDeal> deals, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var trade = await db.Trades
            .SingleOrDefaultAsync(t => t.AccountId == accountId && t.PositionTicket == positionTicket, cancellationToken)
            .ConfigureAwait(false);
        if (trade is not null)
        {
            return trade;
        }

        trade = DealLedger.NewTrade(accountId, positionTicket, symbol, deals, now);
        var entries = DealLedger.Entries(deals);
        await CopyLineageAsync(db, trade, entries.Count > 0 ? entries[0].Comment : null, cancellationToken).ConfigureAwait(false);
        db.Trades.Add(trade);
        return trade;
    }

    private static async Task CopyLineageAsync(DashboardDbContext db, Trade trade, string? openingComment, CancellationToken cancellationToken)
    {
        if (await OrderTags.FindAsync(db, trade.AccountId, openingComment, cancellationToken).ConfigureAwait(false) is not { } order)
        {
            return;
        }

        trade.Source = order.Source;
        trade.LiveRunId = order.LiveRunId;
        trade.BotVersion = order.BotVersion;
        trade.CorrelationId = order.CorrelationId;
        trade.IdempotencyKey = order.IdempotencyKey;
        trade.OpeningOrderId = order.Id;
        order.TradeId ??= trade.Id;
    }
}
