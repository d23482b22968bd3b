using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation;
using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Tests.Unit.Simulation.Fakes;

/// <summary>Options, runtimes and quotes for simulator tests.</summary>
internal static class SimulatorFixtures
{
    public static readonly DateTimeOffset Start = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid FirstAccountId = Guid.Parse("11111111-2222-3333-4444-555555555555");

    /// <summary>Two accounts: 1001 (with an internal id, EURUSD buy + XAUUSD sell) and 1002 (login-routed, BTCUSD.a buy).</summary>
    public static SimulatorOptions Options(int seed = 42, bool autoStartPollers = true)
    {
        var options = new SimulatorOptions { Seed = seed, AutoStartPollers = autoStartPollers };
        var first = new SimulatedAccountOptions { Login = "1001", InternalAccountId = FirstAccountId, Name = "First", Balance = 10_000m, Leverage = 100 };
        first.Positions.Add(new SimulatedPositionOptions { Symbol = "EURUSD", Side = PositionSide.Buy, Volume = 0.1m });
        first.Positions.Add(new SimulatedPositionOptions { Symbol = "XAUUSD", Side = PositionSide.Sell, Volume = 0.05m });
        var second = new SimulatedAccountOptions { Login = "1002", Name = "Second", Currency = "EUR", Balance = 5_000m, Leverage = 30 };
        second.Positions.Add(new SimulatedPositionOptions { Symbol = "BTCUSD.a", Side = PositionSide.Buy, Volume = 0.05m });
        options.Accounts.Add(first);
        options.Accounts.Add(second);
        return options;
    }

    public static SimulatorRuntime Runtime(SimulatorOptions? options = null) =>
        SimulatorRuntime.Create(options ?? Options(), new ManualTimeProvider(Start));

    public static SymbolSpec Symbol(string name) => SymbolCatalog.Default.Single(s => s.Name == name);

    public static MarketQuote Quote(string symbol, decimal bid, decimal ask)
    {
        var spec = Symbol(symbol);
        return new MarketQuote(spec, bid, ask, (int)((ask - bid) / spec.Point), Start, 6);
    }

    public static QuoteBoard Board(params MarketQuote[] quotes)
    {
        var board = new QuoteBoard();
        foreach (var quote in quotes)
        {
            board.Set(quote);
        }

        return board;
    }
}
