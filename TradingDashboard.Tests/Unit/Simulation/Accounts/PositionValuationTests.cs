using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Accounts;
using TradingDashboard.Core.Simulation.Market;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Accounts;

public class PositionValuationTests
{
    private static readonly MarketQuote EurUsd = SimulatorFixtures.Quote("EURUSD", 1.08250m, 1.08262m);
    private static readonly MarketQuote UsdJpy = SimulatorFixtures.Quote("USDJPY", 149.486m, 149.500m);
    private static readonly QuoteBoard Quotes = SimulatorFixtures.Board(EurUsd, UsdJpy);

    [Fact]
    public void Profit_BuyEurUsd_BidMinusOpenTimesVolumeTimesContract()
    {
        var position = Position("EURUSD", PositionSide.Buy, 0.10m, 1.08000m);

        Assert.Equal(25.00m, PositionValuation.Profit(position, EurUsd, "USD", Quotes));
    }

    [Fact]
    public void Profit_SellEurUsd_ClosesAtAsk()
    {
        var position = Position("EURUSD", PositionSide.Sell, 1m, 1.08300m);

        Assert.Equal(38.00m, PositionValuation.Profit(position, EurUsd, "USD", Quotes));
    }

    [Fact]
    public void Profit_SellUsdJpy_JpyProfitDividedByUsdJpyPrice()
    {
        var position = Position("USDJPY", PositionSide.Sell, 0.20m, 150.000m);

        var profit = PositionValuation.Profit(position, UsdJpy, "USD", Quotes);

        Assert.Equal(Math.Round(0.5m * 0.20m * 100_000m / 149.493m, 2), profit);
        Assert.Equal(66.89m, profit);
    }

    [Theory]
    [InlineData("XAUUSD", 2640.25, 2640.50, 2650.00, 0.05, 47.50)]
    [InlineData("XAGUSD", 31.100, 31.125, 31.000, 0.10, -62.50)]
    [InlineData("BTCUSD.a", 90000.00, 90018.00, 91000.00, 0.05, 49.10)]
    [InlineData("US500", 5905.50, 5906.00, 5900.00, 2.0, -12.00)]
    public void Profit_SellNonForex_UsesContractSizeInUsd(string symbol, double bid, double ask, double open, double volume, double expected)
    {
        var quote = SimulatorFixtures.Quote(symbol, (decimal)bid, (decimal)ask);
        var position = Position(symbol, PositionSide.Sell, (decimal)volume, (decimal)open);

        Assert.Equal((decimal)expected, PositionValuation.Profit(position, quote, "USD", SimulatorFixtures.Board(quote)));
    }

    [Fact]
    public void Profit_Ger40InUsdAccount_ConvertedFromEurAtEurUsdMid()
    {
        var ger40 = SimulatorFixtures.Quote("GER40", 19_460.00m, 19_461.20m);
        var position = Position("GER40", PositionSide.Buy, 1m, 19_450.00m);

        var profit = PositionValuation.Profit(position, ger40, "USD", SimulatorFixtures.Board(ger40, EurUsd));

        Assert.Equal(Math.Round(10m * 1.08256m, 2), profit);
    }

    [Fact]
    public void Profit_CurrenciesNotLinked_ReturnsNull()
    {
        var position = Position("USDJPY", PositionSide.Buy, 1m, 150m);

        Assert.Null(PositionValuation.Profit(position, UsdJpy, "USD", SimulatorFixtures.Board()));
    }

    [Fact]
    public void Margin_BuyEurUsd_VolumeTimesContractTimesAskOverLeverage()
    {
        var position = Position("EURUSD", PositionSide.Buy, 0.10m, 1.08000m);

        Assert.Equal(108.26m, PositionValuation.Margin(position, EurUsd, 100, "USD", Quotes));
    }

    [Fact]
    public void Margin_SellUsdJpy_IsAboutVolumeTimesContractOverLeverageInUsd()
    {
        var position = Position("USDJPY", PositionSide.Sell, 0.20m, 150.000m);

        var margin = PositionValuation.Margin(position, UsdJpy, 100, "USD", Quotes);

        Assert.Equal(Math.Round(0.20m * 100_000m * 149.486m / 100m / 149.493m, 2), margin);
        Assert.InRange(margin!.Value, 199.9m, 200m);
    }

    [Fact]
    public void Margin_XauUsd_UsesContractOf100Ounces()
    {
        var xau = SimulatorFixtures.Quote("XAUUSD", 2650.00m, 2650.25m);
        var position = Position("XAUUSD", PositionSide.Buy, 0.05m, 2650.25m);

        Assert.Equal(66.26m, PositionValuation.Margin(position, xau, 200, "USD", SimulatorFixtures.Board(xau)));
    }

    private static SimulatedPosition Position(string symbol, PositionSide side, decimal volume, decimal open) =>
        new(1, SimulatorFixtures.Start, side, volume, open, SimulatorFixtures.Symbol(symbol));
}
