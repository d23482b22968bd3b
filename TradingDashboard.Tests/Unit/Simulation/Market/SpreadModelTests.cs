using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Tests.Unit.Simulation.Market;

public class SpreadModelTests
{
    [Fact]
    public void Next_ManyTicks_StaysWithinJitterOfBase()
    {
        var model = new SpreadModel(12, 3, new Random(7));

        var spreads = Enumerable.Range(0, 5_000).Select(_ => model.Next()).ToList();

        Assert.All(spreads, s => Assert.InRange(s, 9, 15));
        Assert.True(spreads.Distinct().Count() > 3, "the spread should vary a little");
    }

    [Fact]
    public void Next_JitterLargerThanBase_NeverBelowOnePoint()
    {
        var model = new SpreadModel(2, 5, new Random(7));

        Assert.All(Enumerable.Range(0, 2_000).Select(_ => model.Next()), s => Assert.True(s >= 1));
    }
}
