using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Accounts;
using TradingDashboard.Core.Simulation.Market;
using TradingDashboard.Core.Simulation.Trading;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Trading;

/// <summary>Quotes a test sets by hand, with the simulator's own conversion at mid prices.</summary>
internal sealed class TestMarket : ITradingMarket
{
    private readonly QuoteBoard _board = new();

    public TestMarket Set(string symbol, decimal bid, decimal ask)
    {
        _board.Set(SimulatorFixtures.Quote(symbol, bid, ask));
        return this;
    }

    public BrokerQuote? Quote(string symbol) =>
        _board.TryGetQuote(symbol, out var quote) ? SimulatorTradingMarket.ToBroker(quote) : null;

    public decimal? Convert(decimal amount, string from, string to) => CurrencyConverter.Convert(amount, from, to, _board);

    /// <summary>The catalog symbol's specification as an account in <paramref name="currency"/> sees it now.</summary>
    public SymbolInfo Info(string symbol, string currency = "USD") => SimulatorSymbols.Describe(SimulatorFixtures.Symbol(symbol), currency, _board);
}
