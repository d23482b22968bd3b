namespace TradingDashboard.Core.Simulation.Bridge.Trading;

/// <summary>One pending order: MetaTrader5 <c>orders_get()</c> fields.</summary>
/// <param name="Type">2 buy limit, 3 sell limit, 4 buy stop, 5 sell stop.</param>
public sealed record BridgePendingOrder(
    long Ticket,
    long TimeSetup,
    long TimeSetupMsc,
    int Type,
    long Magic,
    decimal VolumeInitial,
    decimal VolumeCurrent,
    decimal PriceOpen,
    decimal Sl,
    decimal Tp,
    decimal PriceCurrent,
    string Symbol,
    string Comment);
