namespace TradingDashboard.Core.Events.Payloads;

/// <summary>One deal of <c>position.closed</c>: MetaTrader5 <c>history_deals_get</c> fields.</summary>
public sealed record DealRecord(
    long Ticket,
    long Order,
    long Time,
    int Type,
    int Entry,
    long PositionId,
    decimal Volume,
    decimal Price,
    decimal Commission,
    decimal Swap,
    decimal Profit,
    long Magic,
    string? Comment,
    int Reason);
