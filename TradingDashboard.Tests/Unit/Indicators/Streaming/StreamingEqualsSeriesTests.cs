using TradingDashboard.Core.Indicators;

namespace TradingDashboard.Tests.Unit.Indicators.Streaming;

public class StreamingEqualsSeriesTests
{
    public static TheoryData<string, string> Cases => IndicatorCases.EveryIndicatorOnEveryFile();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Add_EveryBarRevisedBeforeClosing_EqualsSeriesBarForBar(string indicator, string file)
    {
        var bars = QuoteFiles.Load(file);
        var testCase = IndicatorCases.All[indicator];
        var expected = testCase.Series(bars);
        var next = testCase.Streaming();

        for (var i = 0; i < bars.Count; i++)
        {
            double?[] actual = [];
            foreach (var revision in FormingBar.Revisions(bars[i]))
            {
                actual = next(revision);
            }

            Assert.True(expected[i].SequenceEqual(actual), $"{indicator} on {file}, bar {i}: series [{string.Join(", ", expected[i])}] streaming [{string.Join(", ", actual)}]");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Add_FormingBarRevision_EqualsSeriesEndingWithThatRevision(string indicator, string file)
    {
        var bars = QuoteFiles.Load(file);
        var testCase = IndicatorCases.All[indicator];
        var next = testCase.Streaming();

        for (var i = 0; i < bars.Count; i++)
        {
            var revisions = FormingBar.Revisions(bars[i]);
            for (var r = 0; r < revisions.Length; r++)
            {
                var live = next(revisions[r]);
                if (i % 61 == 0 || i == bars.Count - 1)
                {
                    var prefix = bars.Take(i).Append(revisions[r]).ToArray();
                    Assert.Equal(testCase.Series(prefix)[i], live);
                }
            }
        }
    }

    [Fact]
    public void Add_WithoutRevisions_HasSeriesNonEmptyCounts()
    {
        // Guards the revision tests against comparing two empty outputs.
        var testCase = IndicatorCases.All["MACD"];
        var next = testCase.Streaming();

        var values = QuoteFiles.Default.Select(b => next(b)).ToArray();

        Assert.Equal(477, values.Count(v => v[0].HasValue));
        Assert.Equal(469, values.Count(v => v[1].HasValue));
    }

    [Fact]
    public void Add_BarRevisedRepeatedly_CountsItOnce()
    {
        var indicator = new Core.Indicators.Sma.SmaIndicator(3);
        var time = DateTimeOffset.UnixEpoch;

        foreach (var close in new[] { 1.0, 2, 3, 4 })
        {
            indicator.Add(new OhlcvBar(time, close, close, close, close, 1));
        }

        Assert.Equal(1, indicator.Count);
    }
}
