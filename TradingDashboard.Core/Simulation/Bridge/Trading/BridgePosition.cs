namespace TradingDashboard.Core.Simulation.Bridge.Trading;

/// <summary>One open position: MetaTrader5 <c>positions_get()</c> fields. <see cref="Sl"/>/<see cref="Tp"/> are 0 when none.</summary>
public sealed record BridgePosition(
    long Ticket,
    long Time,
    long TimeMsc,
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
    string Comment);
