using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events.Payloads;

namespace TradingDashboard.Core.Simulation.Bridge.Trading;

/// <summary>The book's records in MetaTrader5's wire shapes: 0 for "none", unix times, integer types.</summary>
internal static class BridgeRecords
{
    public static BridgePosition Position(BrokerPosition position) => new(
        position.Ticket, position.OpenedAt.ToUnixTimeSeconds(), position.OpenedAt.ToUnixTimeMilliseconds(), (int)position.Direction,
        position.Magic, position.Ticket, position.Volume, position.PriceOpen, position.StopLoss ?? 0m, position.TakeProfit ?? 0m,
        position.PriceCurrent, position.Swap, position.Profit, position.Symbol, position.Comment);

    public static BridgePendingOrder Order(BrokerPendingOrder order, decimal priceCurrent) => new(
        order.Ticket, order.PlacedAt.ToUnixTimeSeconds(), order.PlacedAt.ToUnixTimeMilliseconds(), PendingType(order.Direction, order.Type),
        order.Magic, order.Volume, order.Volume, order.Price, order.StopLoss ?? 0m, order.TakeProfit ?? 0m, priceCurrent, order.Symbol, order.Comment);

    public static BridgeDeal Deal(BrokerDeal deal) => new(
        deal.Ticket, deal.OrderTicket, deal.Time.ToUnixTimeSeconds(), deal.Time.ToUnixTimeMilliseconds(), (int)deal.Direction, (int)deal.Entry,
        deal.Magic, deal.PositionTicket, (int)deal.Reason, deal.Volume, deal.Price, deal.Commission, deal.Swap, deal.Profit, 0m, deal.Symbol, deal.Comment);

    /// <summary>A deal of a <c>position.closed</c> event.</summary>
    public static DealRecord DealRecord(BrokerDeal deal) => new(
        deal.Ticket, deal.OrderTicket, deal.Time.ToUnixTimeSeconds(), (int)deal.Direction, (int)deal.Entry, deal.PositionTicket,
        deal.Volume, deal.Price, deal.Commission, deal.Swap, deal.Profit, deal.Magic, deal.Comment, (int)deal.Reason);

    /// <summary>MT5 <c>ORDER_TYPE_*</c> of a pending order: 2 buy limit, 3 sell limit, 4 buy stop, 5 sell stop.</summary>
    public static int PendingType(PositionSide direction, OrderType type) =>
        (type == OrderType.Stop ? 4 : 2) + (direction == PositionSide.Sell ? 1 : 0);

    /// <summary>The direction and kind of an MT5 order type 0-5; null for any other.</summary>
    public static (PositionSide Direction, OrderType Type)? FromWire(int type) => type switch
    {
        0 => (PositionSide.Buy, OrderType.Market),
        1 => (PositionSide.Sell, OrderType.Market),
        2 => (PositionSide.Buy, OrderType.Limit),
        3 => (PositionSide.Sell, OrderType.Limit),
        4 => (PositionSide.Buy, OrderType.Stop),
        5 => (PositionSide.Sell, OrderType.Stop),
        _ => null,
    };
}
