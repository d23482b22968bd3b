using TradingDashboard.Components.Shared.Chart;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Indicators;

namespace TradingDashboard.Tests.Unit.Components;

public sealed class ChartIndicatorTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Next_AfterReplay_ContinuesTheSeriesAsAReplayOfEveryBarWould()
    {
        var bars = Bars(60);
        var live = ChartIndicator.Create("i1", new ChartIndicatorSetting("MACD", new Dictionary<string, double>()));
        live.Replay(bars.Take(50).ToList());
        double?[] last = [];
        foreach (var bar in bars.Skip(50))
        {
            last = live.Next(bar);
        }

        var whole = ChartIndicator.Create("i2", new ChartIndicatorSetting("MACD", new Dictionary<string, double>())).Replay(bars);

        Assert.Equal(3, last.Length);
        for (var line = 0; line < 3; line++)
        {
            Assert.Equal(whole[line][^1]!.Value, last[line]!.Value, 10);
        }
    }

    [Fact]
    public void Next_SameTimeAgain_RevisesTheFormingBarInsteadOfAddingOne()
    {
        var bars = Bars(30);
        var indicator = ChartIndicator.Create("i1", new ChartIndicatorSetting("SMA", new Dictionary<string, double> { ["period"] = 5 }));
        indicator.Replay(bars);
        var forming = bars[^1] with { Close = bars[^1].Close + 5 };

        var revised = indicator.Next(forming)[0]!.Value;

        var expected = (bars.Skip(25).Take(4).Sum(b => b.Close) + forming.Close) / 5;
        Assert.Equal(expected, revised, 10);
    }

    [Fact]
    public void Replay_WarmUp_IsNullUntilThePeriodIsFull()
    {
        var indicator = ChartIndicator.Create("i1", new ChartIndicatorSetting("EMA", new Dictionary<string, double> { ["period"] = 10 }));

        var values = indicator.Replay(Bars(12));

        Assert.All(values[0].Take(9), v => Assert.Null(v));
        Assert.NotNull(values[0][11]);
        Assert.Equal("EMA 10", indicator.Label);
    }

    [Fact]
    public void Create_OutOfRangeParameter_IsRejectedWithAMessage()
    {
        var setting = new ChartIndicatorSetting("RSI", new Dictionary<string, double> { ["period"] = 0 });

        var error = Assert.ThrowsAny<ArgumentException>(() => ChartIndicator.Create("i1", setting));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void ToWire_Candle_IsTimeOhlcAndTickVolume()
    {
        var candle = new Candle(Guid.NewGuid(), "EURUSD", Timeframe.M1, Start, 1.1m, 1.2m, 1.0m, 1.15m, 77, 3, 0, false);

        Assert.Equal([Start.ToUnixTimeSeconds(), 1.1, 1.2, 1.0, 1.15, 77], ChartBars.ToWire(candle));
        Assert.Equal(77, ChartBars.ToOhlcv(candle).Volume);
    }

    private static List<OhlcvBar> Bars(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i =>
        {
            var close = 100 + (10 * Math.Sin(i / 4.0)) + (i * 0.1);
            return new OhlcvBar(Start.AddMinutes(i), close - 0.5, close + 1, close - 1, close, 100 + i);
        }),
    ];
}
