namespace TradingDashboard.Core.Simulation.Market;

/// <summary>
/// Converts amounts between currencies through USD, using the mid price of the simulated
/// pairs (<c>EURUSD</c>, <c>USDJPY</c>, <c>XAUUSD</c>...).
/// </summary>
internal static class CurrencyConverter
{
    private const string Usd = "USD";

    /// <returns>Null when no simulated pair links the two currencies.</returns>
    public static decimal? Convert(decimal amount, string from, string to, IQuoteBoard quotes)
    {
        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            return amount;
        }

        var fromUsd = UsdPerUnit(from, quotes);
        var toUsd = UsdPerUnit(to, quotes);
        return fromUsd is null || toUsd is null ? null : amount * fromUsd.Value / toUsd.Value;
    }

    /// <summary>Whether <paramref name="currency"/> can be converted with these symbols' pairs.</summary>
    public static bool IsConvertible(string currency, IEnumerable<SymbolSpec> symbols) =>
        string.Equals(currency, Usd, StringComparison.OrdinalIgnoreCase)
        || symbols.Any(s => string.Equals(s.Name, currency + Usd, StringComparison.OrdinalIgnoreCase)
            || string.Equals(s.Name, Usd + currency, StringComparison.OrdinalIgnoreCase));

    private static decimal? UsdPerUnit(string currency, IQuoteBoard quotes)
    {
        var code = currency.ToUpperInvariant();
        if (code == Usd)
        {
            return 1m;
        }

        if (quotes.TryGetQuote(code + Usd, out var direct))
        {
            return direct.Mid;
        }

        return quotes.TryGetQuote(Usd + code, out var inverse) && inverse.Mid != 0m ? 1m / inverse.Mid : null;
    }
}
