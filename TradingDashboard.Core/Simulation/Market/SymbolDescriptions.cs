namespace TradingDashboard.Core.Simulation.Market;

/// <summary>The descriptions a broker shows next to its symbols (MT5 <c>description</c>).</summary>
internal static class SymbolDescriptions
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EUR"] = "Euro",
        ["GBP"] = "Great Britain Pound",
        ["USD"] = "US Dollar",
        ["JPY"] = "Japanese Yen",
        ["XAU"] = "Gold",
        ["XAG"] = "Silver",
        ["BTC"] = "Bitcoin",
        ["ETH"] = "Ethereum",
    };

    private static readonly Dictionary<string, string> Indices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US500"] = "US 500 Cash Index",
        ["GER40"] = "Germany 40 Cash Index",
    };

    public static string Of(SymbolSpec symbol) =>
        Indices.TryGetValue(symbol.Name, out var index) ? index
        : symbol.AssetClass == AssetClass.Index ? $"{symbol.Name} Index"
        : $"{Names.GetValueOrDefault(symbol.BaseCurrency, symbol.BaseCurrency)} vs {Names.GetValueOrDefault(symbol.ProfitCurrency, symbol.ProfitCurrency)}";
}
