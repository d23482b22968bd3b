using TradingDashboard.Core.Indicators.Ema;
using TradingDashboard.Tests.Unit.Indicators.Reference;

namespace TradingDashboard.Tests.Unit.Indicators.Ema;

public class EmaTests
{
    private static readonly IReadOnlyList<EmaResult> Results = EmaSeries.Calculate(QuoteFiles.Default, 20);

    [Theory]
    [InlineData(29, 216.6228)]
    [InlineData(249, 255.3873)]
    [InlineData(501, 249.3519)]
    public void Calculate_DefaultQuotes_MatchesReference(int index, double expected) =>
        ReferenceAssert.Near(expected, Results[index].Ema);

    [Fact]
    public void Calculate_DefaultQuotes_SeededWithSmaAfterNullWarmUp()
    {
        Assert.Null(Results[18].Ema);
        Assert.Equal(SmaSeriesAt19(), Results[19].Ema!.Value, 1e-9);
        ReferenceAssert.NonEmptyCount(483, Results, r => r.Ema);
    }

    [Fact]
    public void Constructor_ZeroPeriod_ThrowsNamingPeriod()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EmaIndicator(0));
        Assert.Equal("period", error.ParamName);
    }

    private static double SmaSeriesAt19() => QuoteFiles.Default.Take(20).Average(b => b.Close);
}
