using TradingDashboard.Core.Simulation.Replay;

namespace TradingDashboard.Tests.Unit.Simulation.Replay;

public class ReplayPricePathTests
{
    private static readonly DateTimeOffset Time = new(2020, 12, 15, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Interpolate_RisingBar_GoesOpenLowHighClose()
    {
        var prices = ReplayPricePath.Interpolate(new ReplayBar(Time, 10m, 13m, 9m, 12m, 0), 7);

        Assert.Equal([10m, 9.5m, 9m, 11m, 13m, 12.5m, 12m], prices);
    }

    [Fact]
    public void Interpolate_FallingBar_GoesOpenHighLowClose()
    {
        var prices = ReplayPricePath.Interpolate(new ReplayBar(Time, 12m, 13m, 9m, 10m, 0), 4);

        Assert.Equal([12m, 13m, 9m, 10m], prices);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(240)]
    public void Interpolate_AnyTickCount_StartsAtOpenEndsAtCloseAndTouchesHighAndLow(int ticks)
    {
        var bar = new ReplayBar(Time, 367.345m, 367.64m, 367.02m, 367.59m, 0);

        var prices = ReplayPricePath.Interpolate(bar, ticks);

        Assert.Equal(ticks, prices.Count);
        Assert.Equal(bar.Open, prices[0]);
        Assert.Equal(bar.Close, prices[^1]);
        Assert.Equal(bar.High, prices.Max());
        Assert.Equal(bar.Low, prices.Min());
    }

    [Fact]
    public void Next_PastLastBarWithLoop_StartsAgainFromFirstBar()
    {
        var path = new ReplayPricePath([new ReplayBar(Time, 1m, 2m, 1m, 2m, 0), new ReplayBar(Time, 3m, 3m, 1m, 1m, 0)], 4, loop: true);

        var prices = Enumerable.Range(0, 9).Select(_ => path.Next(TimeSpan.Zero)).ToList();

        Assert.Equal([1m, 1m, 2m, 2m, 3m, 3m, 1m, 1m, 1m], prices);
        Assert.False(path.IsFinished);
    }

    [Fact]
    public void Next_PastLastBarWithoutLoop_HoldsTheLastClose()
    {
        var path = new ReplayPricePath([new ReplayBar(Time, 1m, 2m, 1m, 2m, 0)], 4, loop: false);

        var prices = Enumerable.Range(0, 6).Select(_ => path.Next(TimeSpan.Zero)).ToList();

        Assert.Equal([1m, 1m, 2m, 2m, 2m, 2m], prices);
        Assert.True(path.IsFinished);
    }
}
