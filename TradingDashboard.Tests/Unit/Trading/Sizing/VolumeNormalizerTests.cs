using TradingDashboard.Core.Trading.Sizing;

namespace TradingDashboard.Tests.Unit.Trading.Sizing;

public class VolumeNormalizerTests
{
    [Fact]
    public void Normalize_BetweenSteps_RoundsDownByDefault()
    {
        // 0.123 on a 0.01 step: 12.3 steps → 12 steps = 0.12.
        var result = VolumeNormalizer.Normalize(0.123m, TestSymbols.EurUsd);

        Assert.Equal(new NormalizedVolume(0.12m, null), result);
    }

    [Fact]
    public void Normalize_Nearest_RoundsHalfAStepUp()
    {
        // 0.125 = 12.5 steps → 13 steps = 0.13.
        Assert.Equal(0.13m, VolumeNormalizer.Normalize(0.125m, TestSymbols.EurUsd, VolumeRoundingMode.Nearest).Volume);
    }

    [Fact]
    public void Normalize_TenthStep_RoundsDownToTheTenth()
    {
        // US500 step 0.1: 3.33 → 33 steps = 3.3.
        Assert.Equal(3.3m, VolumeNormalizer.Normalize(3.33m, TestSymbols.Us500).Volume);
    }

    [Fact]
    public void Normalize_BelowMinimum_ReportsItInsteadOfUsingTheMinimum()
    {
        // 0.004 → 0 steps = 0.00 < min 0.01.
        var result = VolumeNormalizer.Normalize(0.004m, TestSymbols.EurUsd);

        Assert.False(result.IsValid);
        Assert.Equal(SizingError.BelowMinimumVolume, result.Error);
        Assert.Equal(0m, result.Volume);
    }

    [Fact]
    public void Normalize_AboveMaximum_ReportsItInsteadOfClamping()
    {
        var result = VolumeNormalizer.Normalize(150m, TestSymbols.EurUsd);

        Assert.Equal(new NormalizedVolume(150m, SizingError.AboveMaximumVolume), result);
    }

    [Fact]
    public void Normalize_NegativeVolume_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => VolumeNormalizer.Normalize(-0.1m, TestSymbols.EurUsd));

        Assert.Equal("volume", error.ParamName);
    }
}
