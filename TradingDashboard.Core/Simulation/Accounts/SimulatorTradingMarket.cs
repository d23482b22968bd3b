using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Simulation.Market;
using TradingDashboard.Core.Simulation.Trading;

namespace TradingDashboard.Core.Simulation.Accounts;

/// <summary>The simulated market as the trading books see it: its latest quotes, and conversion at mid prices.</summary>
internal sealed class SimulatorTradingMarket(MarketSimulator market) : ITradingMarket
{
    public BrokerQuote? Quote(string symbol) =>
        market.FindSymbol(symbol) is { } spec && market.Quotes.TryGetQuote(spec.Name, out var quote) ? ToBroker(quote) : null;

    public decimal? Convert(decimal amount, string from, string to) => CurrencyConverter.Convert(amount, from, to, market.Quotes);

    public static BrokerQuote ToBroker(MarketQuote quote) => new(quote.Symbol.Name, quote.Bid, quote.Ask, quote.Time);
}
