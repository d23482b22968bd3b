using TradingDashboard.Core.Indicators.Bollinger;
using TradingDashboard.Tests.Unit.Indicators.Reference;

namespace TradingDashboard.Tests.Unit.Indicators.Bollinger;

public class BollingerTests
{
    private static readonly IReadOnlyList<BollingerResult> Results = BollingerSeries.Calculate(QuoteFiles.Default, 20, 2);

    [Theory]
    [InlineData(249, 255.5500, 259.5642, 251.5358, 0.803923, 0.031416)]
    [InlineData(501, 251.8600, 273.7004, 230.0196, 0.349362, 0.173433)]
    public void Calculate_DefaultQuotes_MatchesReference(int index, double middle, double upper, double lower, double percentB, double width)
    {
        var r = Results[index];
        ReferenceAssert.Near(middle, r.Middle);
        ReferenceAssert.Near(upper, r.Upper);
        ReferenceAssert.Near(lower, r.Lower);
        ReferenceAssert.Near(percentB, r.PercentB);
        ReferenceAssert.Near(width, r.Width);
    }

    [Fact]
    public void Calculate_DefaultQuotes_WarmUpIsNullAndCountsMatch()
    {
        Assert.Null(Results[18].Upper);
        ReferenceAssert.NonEmptyCount(483, Results, r => r.Middle);
        ReferenceAssert.NonEmptyCount(483, Results, r => r.Lower);
        ReferenceAssert.NonEmptyCount(483, Results, r => r.PercentB);
    }

    [Theory]
    [InlineData("bitcoin")]
    [InlineData("intraday")]
    public void Calculate_Quotes_EqualsTwoPassPopulationDeviation(string file)
    {
        // Guards the rolling sums (shifted, re-added every lap) against drift on long, large-priced series.
        var bars = QuoteFiles.Load(file);

        var results = BollingerSeries.Calculate(bars, 20, 2);

        for (var i = 19; i < bars.Count; i++)
        {
            var window = bars.Skip(i - 19).Take(20).Select(b => b.Close).ToArray();
            var mean = window.Average();
            var sigma = Math.Sqrt(window.Sum(c => (c - mean) * (c - mean)) / 20);
            Assert.Equal(mean, results[i].Middle!.Value, 1e-9 * mean);
            Assert.Equal(mean + (2 * sigma), results[i].Upper!.Value, 1e-9 * mean);
        }
    }

    [Theory]
    [InlineData(1, 2, "period")]
    [InlineData(20, 0, "multiplier")]
    [InlineData(20, double.NaN, "multiplier")]
    public void Validate_BadParameters_ThrowsNamingTheParameter(int period, double multiplier, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => BollingerSeries.Validate(period, multiplier)).ParamName);
}
