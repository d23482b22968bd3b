namespace TradingDashboard.Benchmarks.Workload;

/// <summary>One symbol's random-walking quote, in MT5 terms (digits, spread in points).</summary>
internal sealed class SymbolQuote(string symbol, decimal bid, int digits, int spreadPoints)
{
    private readonly decimal _point = 1m / (decimal)Math.Pow(10, digits);

    public string Symbol { get; } = symbol;

    public decimal Bid { get; private set; } = bid;

    public decimal Ask => Bid + (spreadPoints * _point);

    public void Step(Random random)
    {
        var moved = Bid + (random.Next(-3, 4) * _point);
        Bid = moved > _point ? moved : Bid;
    }

    /// <summary>Ten liquid MT5 symbols; beyond those, synthetic ones.</summary>
    public static SymbolQuote[] Catalog(int count)
    {
        SymbolQuote[] known =
        [
            new("EURUSD", 1.08512m, 5, 12),
            new("GBPUSD", 1.26734m, 5, 15),
            new("USDJPY", 151.234m, 3, 14),
            new("XAUUSD", 2385.42m, 2, 25),
            new("BTCUSD.a", 67234.5m, 1, 150),
            new("US500", 5234.8m, 1, 5),
            new("AUDUSD", 0.65812m, 5, 13),
            new("USDCHF", 0.90214m, 5, 16),
            new("USDCAD", 1.36521m, 5, 18),
            new("NZDUSD", 0.59876m, 5, 20),
        ];
        return [.. Enumerable.Range(0, count).Select(i => i < known.Length ? known[i] : new SymbolQuote($"SYN{i:D3}", 100m + i, 2, 10))];
    }
}
