using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>
/// The effect of an executed order on the <c>trades</c> book, applied in the same unit of work as
/// the order's result: an open inserts the trade, a partial close reduces it, a close ends it
/// (realized profit, swap and commission come later with the broker's <c>position.closed</c>), a
/// modify sets its SL/TP.
/// </summary>
internal static class TradeLedger
{
    public static async Task ApplyAsync(DashboardDbContext db, TradeOrder order, ProfitTarget? target, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(order);
        if (order.Status != OrderStatus.Done || order.PositionTicket is not { } ticket)
        {
            return;
        }

        var trade = await db.Trades
            .SingleOrDefaultAsync(t => t.AccountId == order.AccountId && t.PositionTicket == ticket, cancellationToken)
            .ConfigureAwait(false);
        switch (order.Kind)
        {
            case OrderKind.Open or OrderKind.PlacePending:
                trade = Open(db, trade, order, ticket, target, now);
                break;
            case OrderKind.PartialClose or OrderKind.Close when trade is not null:
                Reduce(trade, order, now);
                break;
            case OrderKind.Modify when trade is not null:
                trade.StopLoss = order.StopLoss;
                trade.TakeProfit = order.TakeProfit;
                break;
            default:
                // A close or modify of a position the books never saw (opened elsewhere): the trade sync adopts it.
                break;
        }

        if (trade is not null)
        {
            trade.UpdatedAt = now;
            order.TradeId = trade.Id;
        }
    }

    private static Trade Open(DashboardDbContext db, Trade? existing, TradeOrder order, long ticket, ProfitTarget? target, DateTimeOffset now)
    {
        // The trade sync may have adopted the position before this answer was recorded: give it its lineage.
        var trade = existing ?? db.Trades.Add(new Trade
        {
            Id = Guid.NewGuid(),
            AccountId = order.AccountId,
            PositionTicket = ticket,
            Symbol = order.Symbol,
            Direction = order.Direction,
            Status = TradeStatus.Open,
            OpenVolume = order.FilledVolume ?? order.Volume,
            RemainingVolume = order.FilledVolume ?? order.Volume,
            OpenPrice = order.FillPrice ?? order.Price ?? 0m,
            StopLoss = order.StopLoss,
            TakeProfit = order.TakeProfit,
            OpenedAt = order.CompletedAt ?? now,
        }).Entity;
        trade.Source = order.Source;
        trade.LiveRunId = order.LiveRunId;
        trade.BotVersion = order.BotVersion;
        trade.CorrelationId = order.CorrelationId;
        trade.IdempotencyKey = order.IdempotencyKey;
        trade.OpeningOrderId = order.Id;
        if (target is not null)
        {
            trade.ProfitTargetPrice = target.Price;
            trade.ProfitTargetFraction = target.CloseFraction;
        }

        return trade;
    }

    private static void Reduce(Trade trade, TradeOrder order, DateTimeOffset now)
    {
        var closedBefore = trade.OpenVolume - trade.RemainingVolume;
        var closing = order.Kind == OrderKind.Close ? trade.RemainingVolume : Math.Min(order.FilledVolume ?? order.Volume, trade.RemainingVolume);
        if (order.FillPrice is { } price && closing > 0m)
        {
            trade.ClosePrice = trade.ClosePrice is { } earlier && closedBefore > 0m
                ? ((earlier * closedBefore) + (price * closing)) / (closedBefore + closing)
                : price;
        }

        trade.RemainingVolume -= closing;
        if (trade.RemainingVolume > 0m)
        {
            return;
        }

        // The broker's position.closed may have closed it first: keep its time, but the reason asked for here is the better one.
        trade.RemainingVolume = 0m;
        trade.ClosedAt = trade.Status == TradeStatus.Closed ? trade.ClosedAt ?? order.CompletedAt ?? now : order.CompletedAt ?? now;
        trade.Status = TradeStatus.Closed;
        trade.CloseReason = order.CloseReason ?? trade.CloseReason;
    }
}
