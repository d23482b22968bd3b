using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Targets;

namespace TradingDashboard.Tests.Unit.Trading.Targets;

public class TargetCrossingTests
{
    [Theory]
    [InlineData(1.08499, 1.08511, false)]
    [InlineData(1.08500, 1.08512, true)]
    [InlineData(1.08600, 1.08612, true)]
    public void IsReached_Buy_ComparesTheBid(decimal bid, decimal ask, bool expected)
    {
        Assert.Equal(expected, TargetCrossing.IsReached(PositionSide.Buy, 1.08500m, bid, ask));
    }

    [Theory]
    [InlineData(1.08490, 1.08501, false)]
    [InlineData(1.08488, 1.08500, true)]
    [InlineData(1.08300, 1.08312, true)]
    public void IsReached_Sell_ComparesTheAsk(decimal bid, decimal ask, bool expected)
    {
        Assert.Equal(expected, TargetCrossing.IsReached(PositionSide.Sell, 1.08500m, bid, ask));
    }

    [Fact]
    public void IsReached_NoQuote_Never()
    {
        Assert.False(TargetCrossing.IsReached(PositionSide.Sell, 1.08500m, 0m, 0m));
        Assert.False(TargetCrossing.IsReached(PositionSide.Buy, 0m, 0m, 0m));
    }
}
