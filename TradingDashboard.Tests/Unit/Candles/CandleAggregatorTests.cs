using TradingDashboard.Core.Candles;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Simulation.Candles;
using TradingDashboard.Core.Simulation.Market;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Candles;

public class CandleAggregatorTests
{
    private static readonly Guid AccountId = Guid.Parse("0a5e3a0c-4f7e-4c11-8a3b-2d6f1e9c7b10");

    // Two hours and five minutes of one-second ticks: bars the simulator builds straight from its ticks, every timeframe.
    private static readonly Lazy<List<CandleUpdatePayload>> Ticks = new(() => RunMarket(TimeSpan.FromMinutes(125)));

    [Theory]
    [InlineData(Timeframe.M5, 25)]
    [InlineData(Timeframe.M15, 8)]
    [InlineData(Timeframe.H1, 2)]
    public void Apply_SimulatorM1Revisions_ClosedBarsEqualBarsBuiltDirectlyFromTicks(Timeframe timeframe, int expectedBars)
    {
        var updates = Ticks.Value.Where(u => u.Symbol == "XAUUSD").ToList();
        var direct = updates.Where(u => u.Timeframe == timeframe.ToString() && u.Complete == true).Select(ToCandle).ToList();
        var aggregator = new CandleAggregator(timeframe);

        var aggregated = updates.Where(u => u.Timeframe == "M1").SelectMany(u => aggregator.Apply(ToCandle(u))).Where(c => c.IsComplete).ToList();

        Assert.InRange(direct.Count, expectedBars - 1, expectedBars);
        Assert.Equal(direct, aggregated);
    }

    [Fact]
    public void Apply_SimulatorM1Revisions_FormingBarEqualsTheSimulatorsLatestRevision()
    {
        var updates = Ticks.Value.Where(u => u.Symbol == "EURUSD").ToList();
        var aggregator = new CandleAggregator(Timeframe.M5);

        var last = updates.Where(u => u.Timeframe == "M1").SelectMany(u => aggregator.Apply(ToCandle(u))).Last();

        Assert.Equal(ToCandle(updates.Last(u => u.Timeframe == "M5")), last);
    }

    [Fact]
    public void Apply_MinuteOfANewBucket_PublishesPreviousBarCompleteThenTheNewBar()
    {
        var aggregator = new CandleAggregator(Timeframe.M5);
        aggregator.Apply(Minute("2026-11-20T10:03:00Z", 10m, 12m, 9m, 11m, 5));
        aggregator.Apply(Minute("2026-11-20T10:04:00Z", 11m, 15m, 10m, 14m, 7));

        var published = aggregator.Apply(Minute("2026-11-20T10:05:00Z", 14m, 14m, 13m, 13.5m, 2));

        Assert.Equal(2, published.Count);
        Assert.Equal(Bar(Timeframe.M5, "2026-11-20T10:00:00Z", 10m, 15m, 9m, 14m, 12, complete: true), published[0]);
        Assert.Equal(Bar(Timeframe.M5, "2026-11-20T10:05:00Z", 14m, 14m, 13m, 13.5m, 2, complete: false), published[1]);
    }

    [Fact]
    public void Apply_RevisionOfTheLatestMinute_ReplacesItsContribution()
    {
        var aggregator = new CandleAggregator(Timeframe.H1);
        aggregator.Apply(Minute("2026-11-20T10:00:00Z", 10m, 11m, 9m, 10.5m, 3));
        aggregator.Apply(Minute("2026-11-20T10:01:00Z", 10.5m, 10.6m, 10.4m, 10.6m, 1));

        var revised = aggregator.Apply(Minute("2026-11-20T10:01:00Z", 10.5m, 12m, 10.4m, 11.8m, 4)).Single();

        Assert.Equal(Bar(Timeframe.H1, "2026-11-20T10:00:00Z", 10m, 12m, 9m, 11.8m, 7, complete: false), revised);
    }

    [Fact]
    public void Apply_OlderMinuteOrOlderBucket_Ignored()
    {
        var aggregator = new CandleAggregator(Timeframe.M5);
        aggregator.Apply(Minute("2026-11-20T10:07:00Z", 10m, 11m, 9m, 10m, 1));

        Assert.Empty(aggregator.Apply(Minute("2026-11-20T10:06:00Z", 10m, 99m, 1m, 10m, 1)));
        Assert.Empty(aggregator.Apply(Minute("2026-11-20T10:04:00Z", 10m, 99m, 1m, 10m, 1)));
    }

    [Fact]
    public void Resume_HistoryFormingBar_BoundaryMinuteAddsPricesButNotVolumeAndLaterMinutesAddBoth()
    {
        var aggregator = new CandleAggregator(Timeframe.H1);
        aggregator.Resume(Bar(Timeframe.H1, "2026-11-20T10:00:00Z", 10m, 12m, 9m, 11m, 100, complete: false), At("2026-11-20T10:20:30Z"));

        Assert.Empty(aggregator.Apply(Minute("2026-11-20T10:19:00Z", 11m, 50m, 1m, 11m, 9)));
        var boundary = aggregator.Apply(Minute("2026-11-20T10:20:00Z", 11m, 12.5m, 10.5m, 12.2m, 40)).Single();
        var next = aggregator.Apply(Minute("2026-11-20T10:21:00Z", 12.2m, 12.4m, 8.5m, 8.8m, 6)).Single();

        Assert.Equal(Bar(Timeframe.H1, "2026-11-20T10:00:00Z", 10m, 12.5m, 9m, 12.2m, 100, complete: false), boundary);
        Assert.Equal(Bar(Timeframe.H1, "2026-11-20T10:00:00Z", 10m, 12.5m, 8.5m, 8.8m, 106, complete: false), next);
    }

    [Theory]
    [InlineData("2026-11-22T23:59:00Z", "2026-11-16T00:00:00Z", "2026-11-23T00:00:00Z", "2026-11-23T00:00:00Z")]
    [InlineData("2026-11-23T00:00:00Z", "2026-11-23T00:00:00Z", "2026-11-29T23:59:00Z", "2026-11-23T00:00:00Z")]
    public void Apply_W1_BucketsStartOnMondayUtc(string first, string firstBucket, string second, string secondBucket)
    {
        var aggregator = new CandleAggregator(Timeframe.W1);

        var a = aggregator.Apply(Minute(first, 1m, 1m, 1m, 1m, 1))[^1];
        var b = aggregator.Apply(Minute(second, 2m, 2m, 2m, 2m, 1))[^1];

        Assert.Equal((At(firstBucket), At(secondBucket)), (a.Time, b.Time));
        Assert.Equal(DayOfWeek.Monday, a.Time.DayOfWeek);
    }

    [Fact]
    public void Apply_MN1_BucketsStartOnTheFirstOfTheMonthUtc()
    {
        var aggregator = new CandleAggregator(Timeframe.MN1);
        aggregator.Apply(Minute("2026-01-31T23:59:00Z", 1m, 2m, 1m, 2m, 3));

        var published = aggregator.Apply(Minute("2026-02-01T00:00:00Z", 2m, 3m, 2m, 3m, 1));

        Assert.Equal(Bar(Timeframe.MN1, "2026-01-01T00:00:00Z", 1m, 2m, 1m, 2m, 3, complete: true), published[0]);
        Assert.Equal(At("2026-02-01T00:00:00Z"), published[1].Time);
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Candle Minute(string time, decimal open, decimal high, decimal low, decimal close, long volume) =>
        new(AccountId, "XAUUSD", Timeframe.M1, At(time), open, high, low, close, volume, 20, 0, IsComplete: false);

    private static Candle Bar(Timeframe timeframe, string time, decimal open, decimal high, decimal low, decimal close, long volume, bool complete) =>
        new(AccountId, "XAUUSD", timeframe, At(time), open, high, low, close, volume, 20, 0, complete);

    private static Candle ToCandle(CandleUpdatePayload p)
    {
        Assert.True(TimeframeExtensions.TryParse(p.Timeframe, out var timeframe));
        return new Candle(AccountId, p.Symbol, timeframe, DateTimeOffset.FromUnixTimeSeconds(p.Time), p.Open, p.High, p.Low, p.Close, p.TickVolume, p.Spread, p.RealVolume, p.Complete ?? false);
    }

    private static List<CandleUpdatePayload> RunMarket(TimeSpan duration)
    {
        var tick = TimeSpan.FromSeconds(1);
        var market = MarketSimulator.Create(SimulatorFixtures.Options(), [], new Random(33), SimulatorFixtures.Start);
        var book = new CandleBook(TimeSpan.FromSeconds(1));
        var updates = new List<CandleUpdatePayload>();
        for (var now = SimulatorFixtures.Start + tick; now <= SimulatorFixtures.Start + duration; now += tick)
        {
            updates.AddRange(book.Apply(market.Advance(now), now));
        }

        return updates;
    }
}
