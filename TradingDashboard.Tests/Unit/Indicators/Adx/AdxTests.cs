using TradingDashboard.Core.Indicators.Adx;
using TradingDashboard.Tests.Unit.Indicators.Reference;

namespace TradingDashboard.Tests.Unit.Indicators.Adx;

public class AdxTests
{
    private static readonly IReadOnlyList<AdxResult> Results = AdxSeries.Calculate(QuoteFiles.Default, 14);

    [Fact]
    public void Calculate_DefaultQuotes_MatchesReferenceAtFirstDirectionalValue()
    {
        var r = Results[14];
        ReferenceAssert.Near(21.9669, r.PlusDi);
        ReferenceAssert.Near(18.5462, r.MinusDi);
        ReferenceAssert.Near(8.4433, r.Dx);
        Assert.Null(r.Adx);
        Assert.Null(Results[13].PlusDi);
    }

    [Fact]
    public void Calculate_DefaultQuotes_FirstAdxAtTwicePeriodMinusOne()
    {
        Assert.Null(Results[26].Adx);
        ReferenceAssert.Near(15.9459, Results[27].Adx);
    }

    [Fact]
    public void Calculate_DefaultQuotes_MatchesReferenceAt29()
    {
        var r = Results[29];
        ReferenceAssert.Near(37.9719, r.PlusDi);
        ReferenceAssert.Near(14.1658, r.MinusDi);
        ReferenceAssert.Near(45.6600, r.Dx);
        ReferenceAssert.Near(19.7949, r.Adx);
        ReferenceAssert.NonEmptyCount(475, Results, x => x.Adx);
    }

    [Fact]
    public void Validate_PeriodOne_ThrowsNamingPeriod() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => AdxSeries.Validate(1)).ParamName);
}
