using TradingDashboard.Core.Connectors;

namespace TradingDashboard.Core.Trading.History;

/// <summary>One order of a trade: open, modify, partial close, close; with who asked and what the broker said.</summary>
public sealed record TradeStep(
    Guid OrderId,
    OrderKind Kind,
    OrderStatus Status,
    decimal Volume,
    decimal? FillPrice,
    decimal? StopLoss,
    decimal? TakeProfit,
    TradeResultCode? ResultCode,
    string? Message,
    CloseReason? CloseReason,
    TradeSource Source,
    string RequestedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);
