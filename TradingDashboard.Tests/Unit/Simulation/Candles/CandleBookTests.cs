using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Simulation.Candles;
using TradingDashboard.Core.Simulation.Market;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Candles;

public class CandleBookTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    // One run shared by the aggregation cases: an hour and five minutes of one-second ticks closes an H1 bar.
    private static readonly Lazy<List<CandleUpdatePayload>> HourOfTicks = new(() => RunMarket(TimeSpan.FromMinutes(65), TimeSpan.FromSeconds(1)));

    [Theory]
    [InlineData("M5", 5)]
    [InlineData("M15", 15)]
    [InlineData("H1", 60)]
    public void Apply_OverAnHourOfTicks_HigherTimeframeBarsEqualAggregatedM1Bars(string timeframe, int minutes)
    {
        var completed = HourOfTicks.Value.Where(u => u.Complete == true && u.Symbol == "EURUSD").ToList();
        var m1 = completed.Where(u => u.Timeframe == "M1").ToList();
        var higher = completed.Where(u => u.Timeframe == timeframe).ToList();

        Assert.NotEmpty(higher);
        foreach (var bar in higher)
        {
            var parts = m1.Where(b => b.Time >= bar.Time && b.Time < bar.Time + (minutes * 60)).OrderBy(b => b.Time).ToList();
            Assert.Equal(parts[0].Open, bar.Open);
            Assert.Equal(parts.Max(b => b.High), bar.High);
            Assert.Equal(parts.Min(b => b.Low), bar.Low);
            Assert.Equal(parts[^1].Close, bar.Close);
            Assert.Equal(parts.Sum(b => b.TickVolume), bar.TickVolume);
        }
    }

    [Fact]
    public void Apply_BarCloses_PublishesItOnceAsCompleteThenTheNewBar()
    {
        var updates = RunMarket(TimeSpan.FromMinutes(3), Tick).Where(u => u.Symbol == "XAUUSD" && u.Timeframe == "M1").ToList();

        var complete = updates.Where(u => u.Complete == true).ToList();
        Assert.Equal(complete.Select(u => u.Time).Distinct().Count(), complete.Count);
        foreach (var bar in complete)
        {
            var index = updates.IndexOf(bar);
            Assert.Equal(bar.Time + 60, updates.Skip(index + 1).First().Time);
            Assert.DoesNotContain(updates.Skip(index + 1), u => u.Time == bar.Time);
        }
    }

    [Fact]
    public void Apply_FormingBarTicksFourTimesASecond_RevisesAtMostOncePerSecond()
    {
        var start = new DateTimeOffset(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);
        var book = new CandleBook(TimeSpan.FromSeconds(1));
        var symbol = SimulatorFixtures.Symbol("EURUSD");
        var revisions = new List<CandleUpdatePayload>();
        for (var i = 0; i < 40; i++)
        {
            var now = start + (Tick * i);
            var quote = MarketQuote.FromBid(symbol, 1.1m + (i * 0.00001m), 12, now, 6);
            revisions.AddRange(book.Apply([quote], now).Where(u => u.Timeframe == "M1"));
        }

        Assert.Equal(10, revisions.Count);
        Assert.All(revisions, r => Assert.False(r.Complete));
        Assert.Equal(1.1m + (36 * 0.00001m), revisions[^1].Close);
    }

    [Fact]
    public void Apply_NoTicks_PublishesNothing()
    {
        var book = new CandleBook(TimeSpan.FromSeconds(1));

        Assert.Empty(book.Apply([], SimulatorFixtures.Start));
    }

    private static List<CandleUpdatePayload> RunMarket(TimeSpan duration, TimeSpan tick)
    {
        var market = MarketSimulator.Create(SimulatorFixtures.Options(), [], new Random(21), SimulatorFixtures.Start);
        var book = new CandleBook(TimeSpan.FromSeconds(1));
        var updates = new List<CandleUpdatePayload>();
        for (var now = SimulatorFixtures.Start + tick; now <= SimulatorFixtures.Start + duration; now += tick)
        {
            updates.AddRange(book.Apply(market.Advance(now), now));
        }

        return updates;
    }
}
