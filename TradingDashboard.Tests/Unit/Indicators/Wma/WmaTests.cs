using TradingDashboard.Core.Indicators.Wma;

namespace TradingDashboard.Tests.Unit.Indicators.Wma;

public class WmaTests
{
    // REFERENCE.md has no WMA row: checked against the definition, Σ i·closeᵢ / Σ i over the window.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(20)]
    [InlineData(37)]
    public void Calculate_DefaultQuotes_EqualsDirectWeightedAverage(int period)
    {
        var bars = QuoteFiles.Default;

        var results = WmaSeries.Calculate(bars, period);

        for (var i = 0; i < bars.Count; i++)
        {
            if (i < period - 1)
            {
                Assert.Null(results[i].Wma);
                continue;
            }

            var window = Enumerable.Range(0, period).Select(p => (p + 1) * bars[i - period + 1 + p].Close).Sum();
            Assert.Equal(window / (period * (period + 1) / 2.0), results[i].Wma!.Value, 1e-9);
        }
    }

    [Fact]
    public void Validate_ZeroPeriod_ThrowsNamingPeriod() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => WmaSeries.Validate(0)).ParamName);
}
