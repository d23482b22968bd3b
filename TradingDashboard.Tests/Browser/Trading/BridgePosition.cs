namespace TradingDashboard.Tests.Browser.Trading;

/// <summary>An open position as the bridge reports it (MetaTrader5 <c>positions_get()</c> fields); SL/TP are 0 when unset.</summary>
public sealed record BridgePosition(long Ticket, string Symbol, int Type, decimal Volume, decimal PriceOpen, decimal StopLoss, decimal TakeProfit, string Comment);
