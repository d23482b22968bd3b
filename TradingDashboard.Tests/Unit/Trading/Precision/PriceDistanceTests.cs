using TradingDashboard.Core.Trading.Precision;

namespace TradingDashboard.Tests.Unit.Trading.Precision;

public class PriceDistanceTests
{
    [Fact]
    public void Distances_EurUsdTwentyPipStop_CountPointsTicksAndPips()
    {
        // 1.08450 − 1.08250 = 0.00200 = 200 points = 200 ticks = 20 pips.
        Assert.Equal(200m, PriceDistance.Points(1.08450m, 1.08250m, TestSymbols.EurUsd));
        Assert.Equal(200m, PriceDistance.Ticks(1.08450m, 1.08250m, TestSymbols.EurUsd));
        Assert.Equal(20m, PriceDistance.Pips(1.08450m, 1.08250m, TestSymbols.EurUsd));
    }

    [Fact]
    public void Ticks_QuarterTickIndex_DiffersFromPoints()
    {
        var es = TestSymbols.Us500 with { TickSize = 0.25m, TickValue = 0.25m };

        // 4501.00 − 4500.00 = 1.00 = 100 points of 0.01 but 4 ticks of 0.25.
        Assert.Equal(100m, PriceDistance.Points(4500.00m, 4501.00m, es));
        Assert.Equal(4m, PriceDistance.Ticks(4500.00m, 4501.00m, es));
    }
}
