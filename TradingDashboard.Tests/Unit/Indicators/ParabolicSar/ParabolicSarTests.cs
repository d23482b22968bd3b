using TradingDashboard.Core.Indicators;
using TradingDashboard.Core.Indicators.ParabolicSar;
using TradingDashboard.Tests.Unit.Indicators.Reference;

namespace TradingDashboard.Tests.Unit.Indicators.ParabolicSar;

public class ParabolicSarTests
{
    private static readonly IReadOnlyList<ParabolicSarResult> Results = ParabolicSarSeries.Calculate(QuoteFiles.Default, 0.02, 0.2);

    // Not in REFERENCE.md: the values Skender.Stock.Indicators publishes for default.csv (its ParabolicSar tests).
    [Theory]
    [InlineData(14, 212.83, true)]
    [InlineData(16, 212.9924, false)]
    [InlineData(94, 228.3600, false)]
    [InlineData(501, 229.7662, false)]
    public void Calculate_DefaultQuotes_MatchesSkenderPublishedValues(int index, double sar, bool isReversal)
    {
        ReferenceAssert.Near(sar, Results[index].Sar);
        Assert.Equal(isReversal, Results[index].IsReversal);
    }

    [Fact]
    public void Calculate_DefaultQuotes_NullThroughFirstReversal()
    {
        Assert.Null(Results[13].Sar);
        ReferenceAssert.NonEmptyCount(488, Results, r => r.Sar);
    }

    [Fact]
    public void Calculate_SteadyRise_NeverReversesSoStaysNull()
    {
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var bars = Enumerable.Range(0, 50).Select(i => new OhlcvBar(start.AddDays(i), 100 + i, 101 + i, 99 + i, 100.5 + i, 1)).ToArray();

        Assert.All(ParabolicSarSeries.Calculate(bars), r => Assert.Null(r.Sar));
    }

    [Theory]
    [InlineData(0, 0.2, "step")]
    [InlineData(0.02, 0.01, "maxFactor")]
    [InlineData(0.02, 1.5, "maxFactor")]
    public void Validate_BadFactors_ThrowsNamingTheParameter(double step, double maxFactor, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => ParabolicSarSeries.Validate(step, maxFactor)).ParamName);
}
