using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation;
using TradingDashboard.Core.Simulation.Bridge;
using TradingDashboard.Core.Simulation.Publishing;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Bridge;

public class SimulatedMarketDataTests
{
    private static readonly Lazy<SimulatorRuntime> Runtime = new(() => SimulatorFixtures.Runtime());

    [Theory]
    [InlineData(Timeframe.M1)]
    [InlineData(Timeframe.M5)]
    [InlineData(Timeframe.M15)]
    [InlineData(Timeframe.M30)]
    [InlineData(Timeframe.H1)]
    public void GetRates_FreshStart_300BarsOldestFirstFormingBarLast(Timeframe timeframe)
    {
        var rates = Data().GetRates("1001", "BTCUSD.a", timeframe.ToString(), "300").Value!;

        Assert.Equal((300, 300), (rates.Count, rates.Rates.Count));
        Assert.True(rates.Rates.Zip(rates.Rates.Skip(1)).All(p => p.First.Time < p.Second.Time));
        Assert.Equal(timeframe.BarOpen(SimulatorFixtures.Start).ToUnixTimeSeconds(), rates.Rates[^1].Time);
        Assert.False(rates.Rates[^1].Complete);
        Assert.All(rates.Rates.SkipLast(1), r => Assert.True(r.Complete));
    }

    [Theory]
    [InlineData("H4", 180)]
    [InlineData("D1", 30)]
    [InlineData("W1", 5)]
    public void GetRates_HigherTimeframes_WhatThirtyDaysHold(string timeframe, int atLeast)
    {
        var rates = Data().GetRates("1001", "EURUSD", timeframe, "5000").Value!;

        Assert.InRange(rates.Count, atLeast, atLeast + 2);
    }

    [Fact]
    public void GetRates_OtherCasing_AnswersInBrokerCasingWithDigits()
    {
        var rates = Data().GetRates("1001", "btcusd.A", "M5", "10").Value!;

        Assert.Equal(("BTCUSD.a", "M5", 2, 10), (rates.Symbol, rates.Timeframe, rates.Digits, rates.Count));
    }

    [Fact]
    public void GetRates_AfterLiveTicks_LastBarEqualsTheLatestPublishedRevision()
    {
        var runtime = SimulatorFixtures.Runtime();
        var engine = new SimulatorEngine(runtime);
        var published = Enumerable.Range(1, 8).SelectMany(i => engine.Step(SimulatorFixtures.Start.AddSeconds(i)))
            .Where(e => e.Type == "candle.update").ToList();

        var rates = new SimulatedMarketData(runtime, new ManualTimeProvider(SimulatorFixtures.Start)).GetRates("1001", "XAUUSD", "M1", "3").Value!;

        Assert.NotEmpty(published);
        Assert.Equal(runtime.Market.Quotes.TryGetQuote("XAUUSD", out var quote) ? quote.Bid : 0m, rates.Rates[^1].Close);
    }

    [Theory]
    [InlineData("999", "EURUSD", "M5", "10", BridgeErrorCode.NotFound)]
    [InlineData("1001", "NOPE", "M5", "10", BridgeErrorCode.NotFound)]
    [InlineData("1001", "", "M5", "10", BridgeErrorCode.Invalid)]
    [InlineData("1001", "EURUSD", "m5", "10", BridgeErrorCode.Invalid)]
    [InlineData("1001", "EURUSD", "M7", "10", BridgeErrorCode.Invalid)]
    [InlineData("1001", "EURUSD", null, "10", BridgeErrorCode.Invalid)]
    [InlineData("1001", "EURUSD", "M5", "0", BridgeErrorCode.Invalid)]
    [InlineData("1001", "EURUSD", "M5", "5001", BridgeErrorCode.Invalid)]
    [InlineData("1001", "EURUSD", "M5", "ten", BridgeErrorCode.Invalid)]
    public void GetRates_BadInput_RefusedWithCode(string login, string? symbol, string? timeframe, string? count, BridgeErrorCode expected)
    {
        var outcome = Data().GetRates(login, symbol, timeframe, count);

        Assert.Equal(expected, outcome.Error);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Message));
    }

    [Fact]
    public void GetRates_NoCount_DefaultBars()
    {
        Assert.Equal(SimulatedMarketData.DefaultCount, Data().GetRates("1001", "EURUSD", "M1", null).Value!.Count);
    }

    [Fact]
    public void GetSymbols_KnownLogin_EverySimulatedSymbolWithDigitsAndDescription()
    {
        var symbols = Data().GetSymbols("1002").Value!;

        Assert.Equal(9, symbols.Count);
        var btc = symbols.Symbols.Single(s => s.Name == "BTCUSD.a");
        Assert.Equal((2, 0.01m, "Bitcoin vs US Dollar"), (btc.Digits, btc.Point, btc.Description));
        Assert.Equal("US 500 Cash Index", symbols.Symbols.Single(s => s.Name == "US500").Description);
        Assert.Equal(BridgeErrorCode.NotFound, Data().GetSymbols("999").Error);
    }

    [Fact]
    public void Create_HistoryDaysZero_OnlyLiveBars()
    {
        var options = SimulatorFixtures.Options();
        options.HistoryDays = 0;

        var rates = new SimulatedMarketData(SimulatorFixtures.Runtime(options), new ManualTimeProvider(SimulatorFixtures.Start)).GetRates("1001", "EURUSD", "M1", "10").Value!;

        Assert.Empty(rates.Rates);
    }

    private static SimulatedMarketData Data() => new(Runtime.Value, new ManualTimeProvider(SimulatorFixtures.Start));
}
