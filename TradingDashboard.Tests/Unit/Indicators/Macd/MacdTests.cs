using TradingDashboard.Core.Indicators.Macd;
using TradingDashboard.Tests.Unit.Indicators.Reference;

namespace TradingDashboard.Tests.Unit.Indicators.Macd;

public class MacdTests
{
    private static readonly IReadOnlyList<MacdResult> Results = MacdSeries.Calculate(QuoteFiles.Default, 12, 26, 9);

    [Theory]
    [InlineData(49, 1.7203, 1.9675, -0.2472)]
    [InlineData(249, 2.2353, 2.3141, -0.0789)]
    [InlineData(501, -6.2198, -5.8569, -0.3629)]
    public void Calculate_DefaultQuotes_MatchesReference(int index, double macd, double signal, double histogram)
    {
        ReferenceAssert.Near(macd, Results[index].Macd);
        ReferenceAssert.Near(signal, Results[index].Signal);
        ReferenceAssert.Near(histogram, Results[index].Histogram);
    }

    [Fact]
    public void Calculate_DefaultQuotes_WarmUpIsNullAndCountsMatch()
    {
        Assert.Null(Results[24].Macd);
        Assert.NotNull(Results[25].Macd);
        Assert.Null(Results[32].Signal);
        ReferenceAssert.NonEmptyCount(477, Results, r => r.Macd);
        ReferenceAssert.NonEmptyCount(469, Results, r => r.Signal);
        ReferenceAssert.NonEmptyCount(469, Results, r => r.Histogram);
    }

    [Theory]
    [InlineData(0, 26, 9, "fastPeriod")]
    [InlineData(26, 26, 9, "slowPeriod")]
    [InlineData(30, 26, 9, "slowPeriod")]
    [InlineData(12, 26, 0, "signalPeriod")]
    public void Validate_BadPeriods_ThrowsNamingTheParameter(int fast, int slow, int signal, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => MacdSeries.Validate(fast, slow, signal)).ParamName);
}
