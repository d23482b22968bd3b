namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>A tradable symbol with MT5 <c>symbol_info</c> field names; <see cref="Name"/> keeps the broker's casing.</summary>
/// <param name="Spread">The current spread in points.</param>
public sealed record BridgeSymbol(
    string Name,
    string Description,
    int Digits,
    decimal Point,
    int Spread,
    string CurrencyBase,
    string CurrencyProfit,
    decimal TradeContractSize);
