using TradingDashboard.Core.Indicators.Donchian;

namespace TradingDashboard.Tests.Unit.Indicators.Donchian;

public class DonchianTests
{
    // Not in REFERENCE.md: checked against the definition (window ends at and includes the current bar).
    [Theory]
    [InlineData("default", 20)]
    [InlineData("bitcoin", 55)]
    [InlineData("intraday", 1)]
    public void Calculate_Quotes_EqualsHighestHighAndLowestLowOfWindow(string file, int period)
    {
        var bars = QuoteFiles.Load(file);

        var results = DonchianSeries.Calculate(bars, period);

        for (var i = 0; i < bars.Count; i++)
        {
            if (i < period - 1)
            {
                Assert.Null(results[i].Upper);
                continue;
            }

            var window = bars.Skip(i - period + 1).Take(period).ToArray();
            var (upper, lower) = (window.Max(b => b.High), window.Min(b => b.Low));
            Assert.Equal((upper, (upper + lower) / 2, lower), (results[i].Upper!.Value, results[i].Center!.Value, results[i].Lower!.Value));
            Assert.Equal((upper - lower) / ((upper + lower) / 2), results[i].Width!.Value, 1e-12);
        }
    }

    [Fact]
    public void Validate_ZeroPeriod_ThrowsNamingPeriod() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => DonchianSeries.Validate(0)).ParamName);
}
