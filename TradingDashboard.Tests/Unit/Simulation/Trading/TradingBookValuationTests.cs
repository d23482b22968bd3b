using TradingDashboard.Core.Domain;
using TradingDashboard.Tests.Unit.Simulation.Fakes;
using static TradingDashboard.Tests.Unit.Simulation.Trading.Books;

namespace TradingDashboard.Tests.Unit.Simulation.Trading;

public class TradingBookValuationTests
{
    [Fact]
    public void Valuate_TwoPositions_ProfitAtTheClosingSideMarginAtTheOpeningSide()
    {
        var market = new TestMarket().Set("EURUSD", 1.07990m, 1.08000m).Set("XAUUSD", 2650.00m, 2650.25m);
        var book = Create(market);
        book.Fill(market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m));
        book.Fill(market, MarketOrder("XAUUSD", PositionSide.Sell, 0.05m));
        market.Set("EURUSD", 1.08250m, 1.08262m).Set("XAUUSD", 2640.25m, 2640.50m);

        var valuation = book.Valuate();

        // EURUSD: (1.08250 - 1.08000) × 0.10 × 100,000 = 25.00; margin 0.10 × 100,000 × 1.08262 / 100 = 108.26.
        // XAUUSD: (2650.00 - 2640.50) × 0.05 × 100 = 47.50; margin 0.05 × 100 × 2640.25 / 100 = 132.01.
        Assert.Equal([25.00m, 47.50m], valuation.Positions.Select(p => p.Profit));
        Assert.Equal([1.08250m, 2640.50m], valuation.Positions.Select(p => p.PriceCurrent));
        Assert.Equal((10_000m, 72.50m, 10_072.50m), (valuation.Balance, valuation.Profit, valuation.Equity));
        Assert.Equal((240.27m, 10_072.50m - 240.27m), (valuation.Margin, valuation.MarginFree));
        Assert.Equal(Math.Round(10_072.50m / 240.27m * 100m, 2), valuation.MarginLevel);
    }

    [Fact]
    public void Valuate_SellUsdJpyOnAUsdAccount_ProfitAndMarginConvertedAtTheMid()
    {
        var market = new TestMarket().Set("USDJPY", 150.000m, 150.014m);
        var book = Create(market);
        book.Fill(market, MarketOrder("USDJPY", PositionSide.Sell, 0.20m));
        market.Set("USDJPY", 149.486m, 149.500m);

        var valuation = book.Valuate();

        Assert.Equal(66.89m, valuation.Profit);
        Assert.Equal(Math.Round(0.20m * 100_000m * 149.486m / 100m / 149.493m, 2), valuation.Margin);
    }

    [Fact]
    public void Valuate_Ger40OnAUsdAccount_EurProfitConvertedAtTheEurUsdMid()
    {
        var market = new TestMarket().Set("EURUSD", 1.08250m, 1.08262m).Set("GER40", 19_448.80m, 19_450.00m);
        var book = Create(market);
        book.Fill(market, MarketOrder("GER40", PositionSide.Buy, 1m));
        market.Set("GER40", 19_460.00m, 19_461.20m);

        Assert.Equal(Math.Round(10m * 1.08256m, 2), book.Valuate().Profit);
    }

    [Fact]
    public void Valuate_NoQuotedPairForTheProfitCurrency_FallsBackOnTheSymbolsTickValue()
    {
        var market = new TestMarket().Set("GER40", 19_448.80m, 19_450.00m);
        var book = Create(market);

        // 0.011 USD per 0.01 index point: 1.1 USD per EUR.
        var ger40 = new SymbolInfo("GER40", 2, 0.01m, 0.01m, 0.011m, 1m, 0.1m, 50m, 0.1m, 20, "EUR", "EUR", "EUR");
        book.Place(MarketOrder("GER40", PositionSide.Buy, 1m), ger40);
        market.Set("GER40", 19_460.00m, 19_461.20m);

        Assert.Equal(11.00m, book.Valuate().Profit);
    }

    [Fact]
    public void Valuate_NoPositions_EquityIsTheBalanceAndMarginLevelZero()
    {
        var valuation = Create(new TestMarket(), balance: 500m).Valuate();

        Assert.Equal((500m, 500m, 0m, 500m, 0m), (valuation.Balance, valuation.Equity, valuation.Margin, valuation.MarginFree, valuation.MarginLevel));
    }

    [Fact]
    public void Deals_Since_OnlyDealsAtOrAfterTheTimeOldestFirst()
    {
        var market = new TestMarket().Set("EURUSD", 1.10000m, 1.10010m);
        var time = new ManualTimeProvider(SimulatorFixtures.Start);
        var book = Create(market, time: time);
        book.Fill(market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m, tag: "first"));
        time.Advance(TimeSpan.FromMinutes(1));
        book.Fill(market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m, tag: "second"));
        book.Fill(market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m, tag: "third"));

        Assert.Equal(["second", "third"], book.Deals(SimulatorFixtures.Start.AddMinutes(1)).Select(d => d.Comment));
        Assert.Equal(SimulatorFixtures.Start.AddMinutes(1), book.Deals(SimulatorFixtures.Start.AddMinutes(1))[0].Time);
        Assert.Equal(3, book.Deals(DateTimeOffset.MinValue).Count);
    }

    [Fact]
    public void Deals_MoreThanTheHistoryKeeps_OldestDropped()
    {
        var market = new TestMarket().Set("EURUSD", 1.10000m, 1.10010m);
        var book = Create(market, maxDeals: 3);

        foreach (var tag in new[] { "a", "b", "c", "d" })
        {
            book.Fill(market, MarketOrder("EURUSD", PositionSide.Buy, 0.01m, tag: tag));
        }

        Assert.Equal(["b", "c", "d"], book.Deals(DateTimeOffset.MinValue).Select(d => d.Comment));
    }
}
