using TradingDashboard.Core.Indicators.Rsi;
using TradingDashboard.Tests.Unit.Indicators.Reference;

namespace TradingDashboard.Tests.Unit.Indicators.Rsi;

public class RsiTests
{
    private static readonly IReadOnlyList<RsiResult> Results = RsiSeries.Calculate(QuoteFiles.Default, 14);

    [Theory]
    [InlineData(14, 62.0541)]
    [InlineData(249, 70.9368)]
    [InlineData(501, 42.0773)]
    public void Calculate_DefaultQuotes_MatchesReference(int index, double expected) =>
        ReferenceAssert.Near(expected, Results[index].Rsi);

    [Fact]
    public void Calculate_DefaultQuotes_WarmUpIsNullAndCountsMatch()
    {
        Assert.Null(Results[13].Rsi);
        ReferenceAssert.NonEmptyCount(488, Results, r => r.Rsi);
    }

    [Fact]
    public void Validate_ZeroPeriod_ThrowsNamingPeriod() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => RsiSeries.Validate(0)).ParamName);
}
