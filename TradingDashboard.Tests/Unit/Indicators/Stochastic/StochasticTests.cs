using TradingDashboard.Core.Indicators.Stochastic;
using TradingDashboard.Tests.Unit.Indicators.Reference;

namespace TradingDashboard.Tests.Unit.Indicators.Stochastic;

public class StochasticTests
{
    private static readonly IReadOnlyList<StochasticResult> Results = StochasticSeries.Calculate(QuoteFiles.Default, 14, 3, 3);

    [Theory]
    [InlineData(17, 92.1307, 88.4995)]
    [InlineData(249, 83.2020, 83.0813)]
    [InlineData(501, 43.1353, 35.5674)]
    public void Calculate_DefaultQuotes_MatchesReference(int index, double k, double d)
    {
        ReferenceAssert.Near(k, Results[index].K);
        ReferenceAssert.Near(d, Results[index].D);
    }

    [Fact]
    public void Calculate_DefaultQuotes_WarmUpIsNullAndCountsMatch()
    {
        ReferenceAssert.Near(81.1253, Results[15].K);
        Assert.Null(Results[15].D);
        Assert.Null(Results[14].K);
        ReferenceAssert.NonEmptyCount(487, Results, r => r.K);
        ReferenceAssert.NonEmptyCount(485, Results, r => r.D);
    }

    [Theory]
    [InlineData(0, 3, 3, "period")]
    [InlineData(14, 0, 3, "signalPeriod")]
    [InlineData(14, 3, 0, "smoothPeriod")]
    public void Validate_BadPeriods_ThrowsNamingTheParameter(int period, int signal, int smooth, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => StochasticSeries.Validate(period, signal, smooth)).ParamName);
}
