using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Precision;

namespace TradingDashboard.Tests.Unit.Trading;

/// <summary>
/// Symbol specs as a USD account sees them, with the simulator's digits and contract sizes
/// (Core/Simulation/Market/SymbolCatalog.cs); volume limits and stops levels are typical broker values.
/// </summary>
internal static class TestSymbols
{
    public const decimal UsdJpyRate = 150.000m;
    public const decimal EurUsdRate = 1.08450m;

    // 0.00001 × 100,000 = $1 per tick per lot.
    public static SymbolInfo EurUsd { get; } = Forex("EURUSD", 5, "EUR", "USD", 1m);

    // 0.001 × 100,000 = ¥100 per tick per lot = $100 / 150.000 = $0.6667.
    public static SymbolInfo UsdJpy { get; } = Forex("USDJPY", 3, "USD", "JPY", ProfitCalculator.TickValue(0.001m, 100_000m, 1m / UsdJpyRate));

    // 0.01 × 100 oz = $1 per tick per lot.
    public static SymbolInfo XauUsd { get; } = new("XAUUSD", 2, 0.01m, 0.01m, 1m, 100m, 0.01m, 50m, 0.01m, 0, "XAU", "USD", "XAU");

    // 0.01 × 1 = $0.01 per tick per lot.
    public static SymbolInfo Us500 { get; } = new("US500", 2, 0.01m, 0.01m, 0.01m, 1m, 0.1m, 50m, 0.1m, 0, "USD", "USD", "USD");

    // 0.01 × 1 = €0.01 per tick per lot = $0.010845 at EURUSD 1.08450.
    public static SymbolInfo Ger40 { get; } = new("GER40", 2, 0.01m, 0.01m, 0.01m * EurUsdRate, 1m, 0.1m, 50m, 0.1m, 0, "EUR", "EUR", "EUR");

    public static SymbolInfo Forex(string name, int digits, string baseCurrency, string profitCurrency, decimal tickValue)
    {
        var point = digits == 5 ? 0.00001m : digits == 4 ? 0.0001m : digits == 3 ? 0.001m : 0.01m;
        return new(name, digits, point, point, tickValue, 100_000m, 0.01m, 100m, 0.01m, 0, baseCurrency, profitCurrency, baseCurrency);
    }
}
