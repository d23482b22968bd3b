using TradingDashboard.Core.Indicators;
using TradingDashboard.Core.Indicators.Adx;
using TradingDashboard.Core.Indicators.Sma;

namespace TradingDashboard.Tests.Unit.Indicators.Streaming;

public class InputRulesTests
{
    private static readonly IReadOnlyList<OhlcvBar> Bars = QuoteFiles.Default;

    [Theory]
    [InlineData(nameof(OhlcvBar.Open), double.NaN)]
    [InlineData(nameof(OhlcvBar.High), double.PositiveInfinity)]
    [InlineData(nameof(OhlcvBar.Low), double.NegativeInfinity)]
    [InlineData(nameof(OhlcvBar.Close), double.NaN)]
    [InlineData(nameof(OhlcvBar.Volume), double.PositiveInfinity)]
    public void Add_NonFiniteValue_ThrowsNamingFieldAndKeepsState(string field, double value)
    {
        var indicator = new AdxIndicator(14);
        var expected = AdxSeries.Calculate(Bars, 14);
        for (var i = 0; i < 40; i++)
        {
            indicator.Add(Bars[i]);
        }

        var error = Assert.Throws<ArgumentException>(() => indicator.Add(With(Bars[40], field, value)));

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Equal(40, indicator.Count);
        Assert.All(Enumerable.Range(40, Bars.Count - 40), i => Assert.Equal(expected[i], indicator.Add(Bars[i])));
    }

    [Fact]
    public void Add_EarlierTime_ThrowsArgumentExceptionAndKeepsState()
    {
        var indicator = new SmaIndicator(20);
        var expected = SmaSeries.Calculate(Bars, 20);
        for (var i = 0; i < 30; i++)
        {
            indicator.Add(Bars[i]);
        }

        var error = Assert.Throws<ArgumentException>(() => indicator.Add(Bars[28]));

        Assert.Contains("time order", error.Message, StringComparison.Ordinal);
        Assert.Equal(expected[29], indicator.Add(Bars[29]));
        Assert.Equal(expected[30], indicator.Add(Bars[30]));
    }

    [Fact]
    public void Add_GapsInTime_CountsBarsNotTime()
    {
        // Indicators are bar-count based: a weekend or a missing hour is not filled.
        var gapped = Bars.Select((b, i) => b with { Time = b.Time.AddDays(i * i) }).ToArray();

        var expected = SmaSeries.Calculate(Bars, 20).Select(r => r.Sma);
        var actual = SmaSeries.Calculate(gapped, 20).Select(r => r.Sma);

        Assert.Equal(expected, actual);
    }

    private static OhlcvBar With(OhlcvBar bar, string field, double value) => field switch
    {
        nameof(OhlcvBar.Open) => bar with { Open = value },
        nameof(OhlcvBar.High) => bar with { High = value },
        nameof(OhlcvBar.Low) => bar with { Low = value },
        nameof(OhlcvBar.Close) => bar with { Close = value },
        _ => bar with { Volume = value },
    };
}
