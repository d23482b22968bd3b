using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Candles;

namespace TradingDashboard.Tests.Unit.Simulation.Candles;

public class CandleBuilderTests
{
    private static readonly DateTimeOffset Minute = new(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_TicksWithinOneBar_TracksOhlcVolumeAndLastSpread()
    {
        var builder = new CandleBuilder(Timeframe.M1);

        builder.Apply(1.10000m, 12, Minute.AddSeconds(1));
        builder.Apply(1.10020m, 13, Minute.AddSeconds(10));
        builder.Apply(1.09990m, 11, Minute.AddSeconds(20));
        var step = builder.Apply(1.10005m, 14, Minute.AddSeconds(59));

        Assert.Null(step.Closed);
        Assert.False(step.Opened);
        Assert.Equal(new CandleBar(Minute, 1.10000m, 1.10020m, 1.09990m, 1.10005m, 4, 14), step.Current);
    }

    [Fact]
    public void Apply_TickOfLaterBar_ClosesPreviousBarAndOpensNewOne()
    {
        var builder = new CandleBuilder(Timeframe.M1);
        builder.Apply(1.10000m, 12, Minute.AddSeconds(1));
        builder.Apply(1.10020m, 12, Minute.AddSeconds(30));

        var step = builder.Apply(1.10010m, 12, Minute.AddMinutes(1));

        Assert.Equal(new CandleBar(Minute, 1.10000m, 1.10020m, 1.10000m, 1.10020m, 2, 12), step.Closed);
        Assert.True(step.Opened);
        Assert.Equal(new CandleBar(Minute.AddMinutes(1), 1.10010m, 1.10010m, 1.10010m, 1.10010m, 1, 12), step.Current);
    }

    [Fact]
    public void Apply_NoLaterTick_BarStaysOpen()
    {
        var builder = new CandleBuilder(Timeframe.M1);

        var step = builder.Apply(1.10000m, 12, Minute.AddSeconds(59.999));

        Assert.Null(step.Closed);
        Assert.Equal(Minute, builder.Current!.Time);
    }

    [Fact]
    public void Apply_TickOlderThanCurrentBar_IsIgnored()
    {
        var builder = new CandleBuilder(Timeframe.M5);
        builder.Apply(1.1m, 12, Minute.AddMinutes(5));

        var step = builder.Apply(1.2m, 12, Minute);

        Assert.Null(step.Current);
        Assert.Equal(1.1m, builder.Current!.High);
    }

    [Fact]
    public void Apply_H1_BarOpensOnTheHour()
    {
        var builder = new CandleBuilder(Timeframe.H1);

        var step = builder.Apply(1.1m, 12, Minute.AddMinutes(12));

        Assert.Equal(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero), step.Current!.Time);
    }
}
