using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Sizing;

namespace TradingDashboard.Tests.Unit.Trading.Sizing;

public class PositionSizerTests
{
    [Fact]
    public void ForRisk_EurUsdOnePercentTwentyPips_IsHalfALot()
    {
        // 1 % of $10,000 = $100; 20 pips = 200 ticks × $1 = $200 per lot; $100 / $200 = 0.50 lots.
        var size = PositionSizer.ForRisk(TestSymbols.EurUsd, PositionSide.Buy, 1.08450m, 1.08250m, 10_000m, 1m);

        Assert.Equal(new PositionSize(0.50m, 100m, 100m, null), size);
    }

    [Fact]
    public void ForRisk_UsdJpyFiftyPipsAt150_IsThreeTenthsOfALot()
    {
        // 1 % of $10,000 = $100; 50 pips = 500 ticks × $0.6667 = $333.33 per lot; $100 / $333.33 = 0.30 lots.
        // The repeating tick value must not floor 0.2999… down to 0.29.
        var size = PositionSizer.ForRisk(TestSymbols.UsdJpy, PositionSide.Sell, 150.000m, 150.500m, 10_000m, 1m);

        Assert.Equal(0.30m, size.Volume);
        Assert.Equal(100.00m, Math.Round(size.RiskMoney, 2));
        Assert.True(size.IsValid);
    }

    [Fact]
    public void ForRiskMoney_XauUsdTwoHundredDollarsFiveDollarStop_IsFourTenthsOfALot()
    {
        // $5 stop = 500 ticks × $1 = $500 per lot; $200 / $500 = 0.40 lots.
        var size = PositionSizer.ForRiskMoney(TestSymbols.XauUsd, PositionSide.Sell, 2650.40m, 2655.40m, 200m);

        Assert.Equal(new PositionSize(0.40m, 200m, 200m, null), size);
    }

    [Fact]
    public void ForRisk_Us500ThirtyPointStop_RoundsDownToTheTenthLot()
    {
        // 1 % of $10,000 = $100; 30.00 = 3,000 ticks × $0.01 = $30 per lot; $100 / $30 = 3.33 → 3.3 lots risking $99.
        var size = PositionSizer.ForRisk(TestSymbols.Us500, PositionSide.Buy, 5905.50m, 5875.50m, 10_000m, 1m);

        Assert.Equal(new PositionSize(3.3m, 99m, 100m, null), size);
    }

    [Fact]
    public void ForRisk_Ger40OnUsdAccount_UsesTheConvertedTickValue()
    {
        // 1 % of $10,000 = $100; 25.00 = 2,500 ticks × $0.010845 = $27.1125 per lot; $100 / $27.1125 = 3.688 → 3.6 lots risking $97.605.
        var size = PositionSizer.ForRisk(TestSymbols.Ger40, PositionSide.Buy, 19_450.00m, 19_425.00m, 10_000m, 1m);

        Assert.Equal(new PositionSize(3.6m, 97.605m, 100m, null), size);
    }

    [Fact]
    public void ForRisk_BelowMinimumVolume_IsRefusedNotRaisedToTheMinimum()
    {
        // 0.1 % of $1,000 = $1; 200 pips = $2,000 per lot; $1 / $2,000 = 0.0005 → 0.00 < 0.01.
        var size = PositionSizer.ForRisk(TestSymbols.EurUsd, PositionSide.Buy, 1.08450m, 1.06450m, 1_000m, 0.1m);

        Assert.Equal(new PositionSize(0m, 0m, 1m, SizingError.BelowMinimumVolume), size);
    }

    [Fact]
    public void ForRiskMoney_AboveMaximumVolume_IsRefused()
    {
        // $10,000 / ($1 stop = $100 per lot) = 100 lots > 50.
        var size = PositionSizer.ForRiskMoney(TestSymbols.XauUsd, PositionSide.Buy, 2650.40m, 2649.40m, 10_000m);

        Assert.Equal(SizingError.AboveMaximumVolume, size.Error);
        Assert.Equal(100m, size.Volume);
    }

    [Theory]
    [InlineData(PositionSide.Buy, 1.08650)] // buy stop above entry
    [InlineData(PositionSide.Sell, 1.08250)] // sell stop below entry
    [InlineData(PositionSide.Buy, 1.08450)] // stop on the entry
    public void ForRisk_StopOnTheWrongSide_IsInvalidStop(PositionSide side, double stopLoss)
    {
        var size = PositionSizer.ForRisk(TestSymbols.EurUsd, side, 1.08450m, (decimal)stopLoss, 10_000m, 1m);

        Assert.Equal(new PositionSize(0m, 0m, 100m, SizingError.InvalidStop), size);
    }

    [Fact]
    public void ForRisk_StopInsideStopsLevel_IsInvalidStop()
    {
        // 20 points away with a 30-point stops level.
        var symbol = TestSymbols.EurUsd with { StopsLevel = 30 };

        var size = PositionSizer.ForRisk(symbol, PositionSide.Buy, 1.08450m, 1.08430m, 10_000m, 1m);

        Assert.Equal(SizingError.InvalidStop, size.Error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public void ForRisk_RiskPercentOutOfRange_Throws(double riskPercent)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            PositionSizer.ForRisk(TestSymbols.EurUsd, PositionSide.Buy, 1.08450m, 1.08250m, 10_000m, (decimal)riskPercent));

        Assert.Equal("riskPercent", error.ParamName);
    }

    [Fact]
    public void ForRisk_NoCapital_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            PositionSizer.ForRisk(TestSymbols.EurUsd, PositionSide.Buy, 1.08450m, 1.08250m, 0m, 1m));

        Assert.Equal("capital", error.ParamName);
    }
}
