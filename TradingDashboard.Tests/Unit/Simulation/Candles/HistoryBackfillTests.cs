using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Candles;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Candles;

public class HistoryBackfillTests
{
    private static readonly DateTimeOffset End = SimulatorFixtures.Start.AddSeconds(37);

    private static readonly Lazy<Dictionary<Timeframe, BackfilledSeries>> ThirtyDays = new(() =>
        HistoryBackfill.Generate(SimulatorFixtures.Symbol("BTCUSD.a"), 90_123.45m, End, 30 * 24 * 60, 0.55, 60, new Random(5), CandleBook.DefaultHistoryCapacity));

    [Fact]
    public void Generate_ThirtyDays_EndsAtTheCurrentBidInTheMinuteOfTheEnd()
    {
        var m1 = ThirtyDays.Value[Timeframe.M1];

        Assert.Equal(90_123.45m, m1.Forming.Close);
        Assert.Equal(Timeframe.M1.BarOpen(End), m1.Forming.Time);
        Assert.Equal(End.AddSeconds(-37).AddMinutes(-1), m1.Closed[^1].Time);
    }

    [Theory]
    [InlineData(Timeframe.M1, 2000)]
    [InlineData(Timeframe.M5, 2000)]
    [InlineData(Timeframe.M15, 2000)]
    [InlineData(Timeframe.M30, 1440)]
    [InlineData(Timeframe.H1, 720)]
    [InlineData(Timeframe.H4, 180)]
    [InlineData(Timeframe.D1, 30)]
    public void Generate_ThirtyDays_EnoughClosedBarsPerTimeframeOldestFirstAndContiguous(Timeframe timeframe, int expected)
    {
        var series = ThirtyDays.Value[timeframe];

        Assert.InRange(series.Closed.Count, expected - 1, expected);
        Assert.All(series.Closed.Zip(series.Closed.Skip(1)), p => Assert.Equal(p.First.Time + timeframe.Length()!.Value, p.Second.Time));
        Assert.Equal(series.Closed[^1].Time + timeframe.Length()!.Value, series.Forming.Time);
        Assert.All(series.Closed, b => Assert.True(b.Low <= Math.Min(b.Open, b.Close) && b.High >= Math.Max(b.Open, b.Close)));
    }

    [Fact]
    public void Generate_HigherTimeframe_EqualsItsM1BarsAggregated()
    {
        var h1 = ThirtyDays.Value[Timeframe.H1].Closed[^1];
        var minutes = ThirtyDays.Value[Timeframe.M1].Closed.Where(m => Timeframe.H1.BarOpen(m.Time) == h1.Time).ToList();

        Assert.Equal(60, minutes.Count);
        Assert.Equal(
            (minutes[0].Open, minutes.Max(m => m.High), minutes.Min(m => m.Low), minutes[^1].Close, minutes.Sum(m => m.TickVolume)),
            (h1.Open, h1.High, h1.Low, h1.Close, h1.TickVolume));
    }

    [Fact]
    public void Generate_SameSeed_SameHistory()
    {
        var again = HistoryBackfill.Generate(SimulatorFixtures.Symbol("BTCUSD.a"), 90_123.45m, End, 30 * 24 * 60, 0.55, 60, new Random(5), CandleBook.DefaultHistoryCapacity);

        Assert.Equal(ThirtyDays.Value[Timeframe.H4].Closed, again[Timeframe.H4].Closed);
    }
}
