using TradingDashboard.Core.Indicators.Sma;
using TradingDashboard.Tests.Unit.Indicators.Reference;

namespace TradingDashboard.Tests.Unit.Indicators.Sma;

public class SmaTests
{
    private static readonly IReadOnlyList<SmaResult> Results = SmaSeries.Calculate(QuoteFiles.Default, 20);

    [Theory]
    [InlineData(19, 214.525)]
    [InlineData(24, 215.031)]
    [InlineData(149, 234.935)]
    [InlineData(249, 255.550)]
    [InlineData(501, 251.860)]
    public void Calculate_DefaultQuotes_MatchesReference(int index, double expected) =>
        ReferenceAssert.Near(expected, Results[index].Sma);

    [Fact]
    public void Calculate_DefaultQuotes_WarmUpIsNullAndCountsMatch()
    {
        Assert.Null(Results[18].Sma);
        Assert.Equal(QuoteFiles.Default.Count, Results.Count);
        ReferenceAssert.NonEmptyCount(483, Results, r => r.Sma);
        Assert.Equal(QuoteFiles.Default[501].Time, Results[501].Time);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10_001)]
    public void Validate_PeriodOutOfRange_ThrowsNamingPeriod(int period)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SmaSeries.Validate(period));
        Assert.Equal("period", error.ParamName);
        Assert.Contains("between 1 and 10000", error.Message, StringComparison.Ordinal);
    }
}
