using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Connectors;

/// <summary>A pending (limit/stop) order waiting at the broker. Times are UTC.</summary>
public sealed record BrokerPendingOrder(
    long Ticket,
    string Symbol,
    PositionSide Direction,
    OrderType Type,
    decimal Volume,
    decimal Price,
    decimal? StopLoss,
    decimal? TakeProfit,
    long Magic,
    string Comment,
    DateTimeOffset PlacedAt);
