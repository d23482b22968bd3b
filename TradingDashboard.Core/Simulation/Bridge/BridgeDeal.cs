namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>One deal of the account history: MetaTrader5 <c>history_deals_get</c> fields.</summary>
public sealed record BridgeDeal(
    long Ticket,
    long Order,
    long Time,
    long TimeMsc,
    int Type,
    int Entry,
    long Magic,
    long PositionId,
    int Reason,
    decimal Volume,
    decimal Price,
    decimal Commission,
    decimal Swap,
    decimal Profit,
    decimal Fee,
    string Symbol,
    string Comment);
