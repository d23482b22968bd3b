using TradingDashboard.Core.Candles;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Tests.Unit.Candles;

public class CandleSeriesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_SameTimeAsLast_ReplacesTheFormingBar()
    {
        var series = Loaded(3);

        Assert.True(series.Apply(Bar(2, close: 42m, complete: false)));

        Assert.Equal(3, series.Snapshot().Count);
        Assert.Equal(42m, series.Snapshot()[^1].Close);
    }

    [Fact]
    public void Apply_LaterTime_ClosesThePreviousBarAndAppends()
    {
        var series = Loaded(3);

        Assert.True(series.Apply(Bar(3, close: 7m, complete: false)));

        var bars = series.Snapshot();
        Assert.Equal([T0, T0.AddMinutes(1), T0.AddMinutes(2), T0.AddMinutes(3)], bars.Select(b => b.Time));
        Assert.True(bars[2].IsComplete);
        Assert.False(bars[3].IsComplete);
    }

    [Fact]
    public void Apply_OlderThanLast_IgnoredAndNothingChanges()
    {
        var series = Loaded(3);
        var before = series.Snapshot();

        Assert.False(series.Apply(Bar(1, close: 99m, complete: true)));

        Assert.Equal(before, series.Snapshot());
    }

    [Fact]
    public void Apply_BeyondCapacity_DropsTheOldest()
    {
        var series = new CandleSeries(capacity: 3);
        for (var i = 0; i < 5; i++)
        {
            series.Apply(Bar(i, close: i, complete: false));
        }

        Assert.Equal([T0.AddMinutes(2), T0.AddMinutes(3), T0.AddMinutes(4)], series.Snapshot().Select(b => b.Time));
    }

    [Fact]
    public void Load_UnorderedWithDuplicate_OrderedOldestFirstLaterDuplicateWinsTrimmedToCapacity()
    {
        var series = new CandleSeries(capacity: 3);

        series.Load([Bar(3, 3m, false), Bar(0, 0m, true), Bar(2, 2m, true), Bar(1, 1m, true), Bar(2, 22m, true)]);

        var bars = series.Snapshot();
        Assert.Equal([T0.AddMinutes(1), T0.AddMinutes(2), T0.AddMinutes(3)], bars.Select(b => b.Time));
        Assert.Equal(22m, bars[1].Close);
    }

    private static CandleSeries Loaded(int bars)
    {
        var series = new CandleSeries(capacity: 100);
        series.Load(Enumerable.Range(0, bars).Select(i => Bar(i, i, complete: i < bars - 1)));
        return series;
    }

    private static Candle Bar(int minute, decimal close, bool complete) =>
        new(Guid.Empty, "BTCUSD.a", Timeframe.M1, T0.AddMinutes(minute), close, close, close, close, 1, 0, 0, complete);
}
