namespace TradingDashboard.Core.Simulation.Market;

/// <summary>The simulated broker's symbols, priced as in late 2026.</summary>
internal static class SymbolCatalog
{
    public static IReadOnlyList<SymbolSpec> Default { get; } =
    [
        new("EURUSD", 5, 1.08450m, 12, 3, 0.07, 100_000m, AssetClass.Forex, "EUR", "USD"),
        new("GBPUSD", 5, 1.27320m, 15, 4, 0.08, 100_000m, AssetClass.Forex, "GBP", "USD"),
        new("USDJPY", 3, 150.215m, 14, 4, 0.10, 100_000m, AssetClass.Forex, "USD", "JPY"),
        new("XAUUSD", 2, 2650.40m, 25, 8, 0.16, 100m, AssetClass.Metal, "XAU", "USD"),
        new("XAGUSD", 3, 31.250m, 25, 6, 0.28, 5_000m, AssetClass.Metal, "XAG", "USD"),
        new("BTCUSD.a", 2, 90_250.00m, 1800, 400, 0.55, 1m, AssetClass.Crypto, "BTC", "USD"),
        new("ETHUSD", 2, 3_150.00m, 180, 40, 0.70, 1m, AssetClass.Crypto, "ETH", "USD"),
        new("US500", 2, 5_905.50m, 50, 10, 0.16, 1m, AssetClass.Index, "USD", "USD"),
        new("GER40", 2, 19_450.00m, 120, 30, 0.18, 1m, AssetClass.Index, "EUR", "EUR"),
    ];

    /// <summary>Spec for a replayed symbol that is not in the catalog: an index-like CFD quoted in USD.</summary>
    public static SymbolSpec ForReplay(string name, int digits, decimal startPrice) =>
        new(name, digits, startPrice, 2, 1, 0.16, 1m, AssetClass.Index, "USD", "USD");
}
