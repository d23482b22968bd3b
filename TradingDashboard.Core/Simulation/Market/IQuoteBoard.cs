namespace TradingDashboard.Core.Simulation.Market;

/// <summary>The latest quote of every simulated symbol.</summary>
internal interface IQuoteBoard
{
    /// <summary>Exact (case-sensitive) symbol name.</summary>
    bool TryGetQuote(string symbol, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MarketQuote? quote);
}
