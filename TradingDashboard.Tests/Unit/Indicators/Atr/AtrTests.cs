using TradingDashboard.Core.Indicators.Atr;
using TradingDashboard.Tests.Unit.Indicators.Reference;

namespace TradingDashboard.Tests.Unit.Indicators.Atr;

public class AtrTests
{
    private static readonly IReadOnlyList<AtrResult> Results = AtrSeries.Calculate(QuoteFiles.Default, 14);

    [Theory]
    [InlineData(14, 1.82, 1.3364)]
    [InlineData(249, 0.58, 1.3381)]
    [InlineData(501, 2.67, 6.1497)]
    public void Calculate_DefaultQuotes_MatchesReference(int index, double trueRange, double atr)
    {
        ReferenceAssert.Near(trueRange, Results[index].TrueRange);
        ReferenceAssert.Near(atr, Results[index].Atr);
    }

    [Fact]
    public void Calculate_DefaultQuotes_WarmUpIsNullAndCountsMatch()
    {
        ReferenceAssert.Near(1.45, Results[13].TrueRange);
        Assert.Null(Results[13].Atr);
        Assert.Null(Results[0].TrueRange);
        ReferenceAssert.NonEmptyCount(488, Results, r => r.Atr);
    }

    [Fact]
    public void Validate_ZeroPeriod_ThrowsNamingPeriod() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => AtrSeries.Validate(0)).ParamName);
}
