namespace TradingDashboard.Core.Domain;

/// <summary>An open position as the broker reports it.</summary>
public sealed record Position(
    long Ticket,
    DateTimeOffset Time,
    PositionSide Side,
    long Magic,
    long Identifier,
    decimal Volume,
    decimal PriceOpen,
    decimal StopLoss,
    decimal TakeProfit,
    decimal PriceCurrent,
    decimal Swap,
    decimal Profit,
    string Symbol,
    string? Comment);
