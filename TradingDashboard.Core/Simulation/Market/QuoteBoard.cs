using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace TradingDashboard.Core.Simulation.Market;

/// <summary>Latest quotes, written by the simulation loop and read by the bridge API concurrently.</summary>
internal sealed class QuoteBoard : IQuoteBoard
{
    private readonly ConcurrentDictionary<string, MarketQuote> _quotes = new(StringComparer.Ordinal);

    public void Set(MarketQuote quote) => _quotes[quote.Symbol.Name] = quote;

    public bool TryGetQuote(string symbol, [NotNullWhen(true)] out MarketQuote? quote) => _quotes.TryGetValue(symbol, out quote);
}
