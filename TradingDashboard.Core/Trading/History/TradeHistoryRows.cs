using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.History;

/// <summary>History rows from the books: a trade, its account's name and its orders as steps, oldest first.</summary>
internal static class TradeHistoryRows
{
    public static TradeHistoryRow From(Trade trade, string accountName, IReadOnlyList<TradeOrder> orders)
    {
        ArgumentNullException.ThrowIfNull(trade);
        ArgumentNullException.ThrowIfNull(orders);
        var steps = orders
            .Where(o => o.TradeId == trade.Id || (o.AccountId == trade.AccountId && o.PositionTicket == trade.PositionTicket))
            .OrderBy(o => o.CreatedAt)
            .ThenBy(o => o.Id)
            .Select(Step)
            .ToList();
        return new TradeHistoryRow(
            trade.Id,
            trade.AccountId,
            accountName,
            trade.PositionTicket,
            trade.Symbol,
            trade.Direction,
            trade.Status,
            trade.OpenVolume,
            trade.RemainingVolume,
            trade.OpenPrice,
            trade.ClosePrice,
            trade.StopLoss,
            trade.TakeProfit,
            trade.OpenedAt,
            trade.ClosedAt,
            trade.RealizedProfit,
            trade.Swap,
            trade.Commission,
            trade.CloseReason,
            trade.Source,
            trade.LiveRunId,
            trade.BotVersion,
            trade.CorrelationId,
            trade.IdempotencyKey,
            steps);
    }

    private static TradeStep Step(TradeOrder order) => new(
        order.Id,
        order.Kind,
        order.Status,
        order.FilledVolume ?? order.Volume,
        order.FillPrice,
        order.StopLoss,
        order.TakeProfit,
        order.ResultCode,
        order.Message,
        order.CloseReason,
        order.Source,
        order.RequestedBy,
        order.CreatedAt,
        order.CompletedAt);
}
