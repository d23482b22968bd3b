using TradingDashboard.Core.Trading.Targets;

namespace TradingDashboard.Tests.Unit.Trading.Targets;

public class ProfitTargetVolumeTests
{
    [Theory]
    [InlineData(0.10, 0.5, 0.10, 0.05)]
    [InlineData(0.15, 0.5, 0.15, 0.07)]
    [InlineData(1.00, 0.333, 1.00, 0.33)]
    [InlineData(0.30, 0.5, 0.20, 0.15)]
    public void For_ShareOfTheOpenVolume_RoundedDownToTheStep(decimal open, decimal fraction, decimal remaining, decimal expected)
    {
        Assert.Equal(expected, ProfitTargetVolume.For(open, fraction, remaining, TestSymbols.EurUsd));
    }

    [Fact]
    public void For_BelowTheMinimum_NoPartialClose()
    {
        // 0.01 × 0.5 = 0.005 → 0.00 < min 0.01.
        Assert.Null(ProfitTargetVolume.For(0.01m, 0.5m, 0.01m, TestSymbols.EurUsd));
    }

    [Fact]
    public void For_NotLessThanWhatRemains_NoPartialClose()
    {
        // Half of 0.20 is 0.10, but only 0.10 is left after a close outside: that would close it all.
        Assert.Null(ProfitTargetVolume.For(0.20m, 0.5m, 0.10m, TestSymbols.EurUsd));
        Assert.Null(ProfitTargetVolume.For(0.20m, 0.5m, 0.05m, TestSymbols.EurUsd));
    }

    [Fact]
    public void For_RemainderBelowTheMinimum_NoPartialClose()
    {
        // Minimum 0.10 on a 0.01 step: closing 0.15 of the 0.20 left would leave 0.05.
        var symbol = TestSymbols.EurUsd with { VolumeMin = 0.10m };

        Assert.Null(ProfitTargetVolume.For(0.30m, 0.5m, 0.20m, symbol));
        Assert.Equal(0.15m, ProfitTargetVolume.For(0.30m, 0.5m, 0.30m, symbol));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-0.5)]
    public void For_FractionOutsideZeroToOne_NoPartialClose(decimal fraction)
    {
        Assert.Null(ProfitTargetVolume.For(1m, fraction, 1m, TestSymbols.EurUsd));
    }
}
