using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>The sentences a trader reads in toasts and outcomes, one per order state.</summary>
internal static class OrderMessages
{
    /// <summary>The column's width; longer broker texts are cut.</summary>
    public const int MaxLength = 500;

    public static string Recorded(TradeOrder order) => Fit($"{Describe(order)}: recorded, sending to the broker.");

    public static string Unknown(TradeOrder order) =>
        Fit($"{Describe(order)}: no answer from the broker; verifying with the broker. It will not be sent again.");

    public static string NotExecuted(TradeOrder order, string reason) => Fit($"{Describe(order)}: not executed. {reason}");

    public static string Rejected(TradeOrder order, string brokerMessage) => Fit($"{Describe(order)}: rejected by the broker. {brokerMessage}");

    public static string Succeeded(TradeOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var volume = DecimalText.Lots(order.FilledVolume ?? order.Volume);
        var price = order.FillPrice is { } p ? $" at {DecimalText.Price(p)}" : string.Empty;
        var text = order.Kind switch
        {
            OrderKind.Open => $"{(order.Direction == PositionSide.Buy ? "Bought" : "Sold")} {volume} {order.Symbol}{price}{Position(order)}.",
            OrderKind.PlacePending when order.Status == OrderStatus.Placed =>
                $"{PendingName(order)} {volume} {order.Symbol} placed{price}{(order.BrokerOrderTicket is { } t ? $" (order #{t})" : string.Empty)}.",
            OrderKind.PlacePending => $"{PendingName(order)} {volume} {order.Symbol} filled{price}{Position(order)}.",
            OrderKind.Close => $"Closed position #{order.PositionTicket} ({volume} {order.Symbol}){price}.",
            OrderKind.PartialClose => $"Closed {volume} lots of position #{order.PositionTicket} ({order.Symbol}){price}.",
            OrderKind.Modify => $"Position #{order.PositionTicket} ({order.Symbol}): stop loss {Level(order.StopLoss)}, take profit {Level(order.TakeProfit)}.",
            OrderKind.Cancel => $"Pending order #{order.BrokerOrderTicket} ({order.Symbol}) cancelled.",
            _ => $"{Describe(order)}: done.",
        };
        return Fit(text);
    }

    public static string Describe(TradeOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var volume = DecimalText.Lots(order.Volume);
        return order.Kind switch
        {
            OrderKind.Open => $"{order.Direction} {volume} {order.Symbol}",
            OrderKind.PlacePending => $"{PendingName(order)} {volume} {order.Symbol} at {DecimalText.Price(order.Price ?? 0m)}",
            OrderKind.Close => $"Close of position #{order.PositionTicket} ({order.Symbol})",
            OrderKind.PartialClose => $"Close of {volume} lots of position #{order.PositionTicket} ({order.Symbol})",
            OrderKind.Modify => $"SL/TP change of position #{order.PositionTicket} ({order.Symbol})",
            OrderKind.Cancel => $"Cancel of pending order #{order.BrokerOrderTicket} ({order.Symbol})",
            _ => $"{order.Kind} {order.Symbol}",
        };
    }

    private static string PendingName(TradeOrder order) =>
        $"{order.Direction} {(order.OrderType == OrderType.Limit ? "limit" : "stop")}";

    private static string Position(TradeOrder order) => order.PositionTicket is { } ticket ? $" (position #{ticket})" : string.Empty;

    private static string Level(decimal? price) => price is { } p ? DecimalText.Price(p) : "none";

    private static string Fit(string text) => text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
}
