using TradingDashboard.Core.Simulation.Market;
using TradingDashboard.Core.Simulation.Replay;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Market;

public class MarketSimulatorTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    [Fact]
    public void Advance_ManyTicks_BidAskRoundedAndSpreadInJitterRange()
    {
        var market = MarketSimulator.Create(SimulatorFixtures.Options(), [], new Random(5), SimulatorFixtures.Start);

        var quotes = Enumerable.Range(1, 2_000).SelectMany(i => market.Advance(SimulatorFixtures.Start + (Tick * i))).ToList();

        Assert.NotEmpty(quotes);
        Assert.All(quotes, q =>
        {
            Assert.Equal(PriceMath.Round(q.Bid, q.Symbol.Digits), q.Bid);
            Assert.Equal(q.SpreadPoints * q.Symbol.Point, q.Ask - q.Bid);
            Assert.InRange(q.SpreadPoints, Math.Max(1, q.Symbol.BaseSpreadPoints - q.Symbol.SpreadJitterPoints), q.Symbol.BaseSpreadPoints + q.Symbol.SpreadJitterPoints);
            Assert.NotEqual(0, q.Flags);
        });
    }

    [Fact]
    public void Advance_SameSeed_SameQuotes()
    {
        var first = Run(seed: 9);
        var second = Run(seed: 9);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Advance_OneHourOfTicks_EverySymbolMovesButStaysNearItsStart()
    {
        var market = MarketSimulator.Create(SimulatorFixtures.Options(), [], new Random(11), SimulatorFixtures.Start);

        for (var i = 1; i <= 14_400; i++)
        {
            market.Advance(SimulatorFixtures.Start + (Tick * i));
        }

        Assert.All(market.Symbols, s =>
        {
            Assert.True(market.Quotes.TryGetQuote(s.Name, out var quote));
            Assert.NotEqual(s.StartPrice, quote.Bid);
            Assert.InRange((double)(quote.Bid / s.StartPrice), 0.95, 1.05);
        });
    }

    [Fact]
    public void FindSymbol_OtherCasing_ReturnsBrokerCasing()
    {
        var market = MarketSimulator.Create(SimulatorFixtures.Options(), [], new Random(1), SimulatorFixtures.Start);

        Assert.Equal("BTCUSD.a", market.FindSymbol("btcusd.A")?.Name);
        Assert.Null(market.FindSymbol("NOPE"));
    }

    [Fact]
    public void Create_ReplayOfNewSymbol_AddsItAndFollowsTheBars()
    {
        var options = SimulatorFixtures.Options();
        options.Replay.Symbol = "SPY";
        options.TicksPerSecond = 4;
        options.Replay.Speed = 60;
        ReplayBar[] bars = [new(SimulatorFixtures.Start, 367.40m, 367.62m, 367.36m, 367.46m, 100), new(SimulatorFixtures.Start, 367.48m, 367.48m, 367.19m, 367.19m, 100)];
        var market = MarketSimulator.Create(options, bars, new Random(1), SimulatorFixtures.Start);

        var bids = Enumerable.Range(1, 8).Select(i =>
        {
            market.Advance(SimulatorFixtures.Start + (Tick * i));
            return market.Quotes.TryGetQuote("SPY", out var q) ? q.Bid : -1m;
        }).ToList();

        Assert.Equal(2, market.FindSymbol("SPY")!.Digits);
        Assert.Equal([367.40m, 367.36m, 367.62m, 367.46m, 367.48m, 367.48m, 367.19m, 367.19m], bids);
    }

    private static List<(string, decimal, decimal)> Run(int seed)
    {
        var market = MarketSimulator.Create(SimulatorFixtures.Options(), [], new Random(seed), SimulatorFixtures.Start);
        return [.. Enumerable.Range(1, 200).SelectMany(i => market.Advance(SimulatorFixtures.Start + (Tick * i))).Select(q => (q.Symbol.Name, q.Bid, q.Ask))];
    }
}
