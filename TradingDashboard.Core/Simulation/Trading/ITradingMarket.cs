using TradingDashboard.Core.Connectors;

namespace TradingDashboard.Core.Simulation.Trading;

/// <summary>What a <see cref="TradingBook"/> needs from a market: current quotes and currency conversion.</summary>
internal interface ITradingMarket
{
    /// <returns>The latest quote of <paramref name="symbol"/> (broker name), or null when there is none.</returns>
    BrokerQuote? Quote(string symbol);

    /// <returns>Null when no quoted pair links the two currencies.</returns>
    decimal? Convert(decimal amount, string from, string to);
}
