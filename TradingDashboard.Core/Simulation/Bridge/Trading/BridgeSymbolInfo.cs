namespace TradingDashboard.Core.Simulation.Bridge.Trading;

/// <summary><c>GET /api/mt5/account/{login}/symbols/{symbol}</c>: MetaTrader5 <c>symbol_info()</c> with the current tick.</summary>
/// <param name="TradeTickValue">Account-currency value of one tick for one lot, at the current conversion rate.</param>
/// <param name="TradeStopsLevel">Minimum SL/TP and pending-price distance from the market, in points.</param>
/// <param name="Spread">Current spread in points.</param>
/// <param name="Time">Last tick, unix seconds.</param>
public sealed record BridgeSymbolInfo(
    string Name,
    string Description,
    int Digits,
    decimal Point,
    int Spread,
    decimal TradeTickSize,
    decimal TradeTickValue,
    decimal TradeContractSize,
    decimal VolumeMin,
    decimal VolumeMax,
    decimal VolumeStep,
    int TradeStopsLevel,
    string CurrencyBase,
    string CurrencyProfit,
    string CurrencyMargin,
    decimal Bid,
    decimal Ask,
    long Time,
    long TimeMsc);
