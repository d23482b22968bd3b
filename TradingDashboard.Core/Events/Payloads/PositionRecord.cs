namespace TradingDashboard.Core.Events.Payloads;

/// <summary>One entry of <c>positions.snapshot</c>: MetaTrader5 <c>positions_get</c> fields.</summary>
public sealed record PositionRecord(
    long Ticket,
    long Time,
    int Type,
    long Magic,
    long Identifier,
    decimal Volume,
    decimal PriceOpen,
    decimal Sl,
    decimal Tp,
    decimal PriceCurrent,
    decimal Swap,
    decimal Profit,
    string Symbol,
    string? Comment);
