using System.Diagnostics.CodeAnalysis;

namespace TradingDashboard.Core.Simulation.Market;

/// <summary>The latest quote of every simulated symbol.</summary>
internal interface IQuoteBoard
{
    /// <summary>Exact (case-sensitive) symbol name.</summary>
    bool TryGetQuote(string symbol, [NotNullWhen(true)] out MarketQuote? quote);
}
