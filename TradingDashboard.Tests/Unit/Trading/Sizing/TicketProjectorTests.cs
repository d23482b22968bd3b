using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Sizing;

namespace TradingDashboard.Tests.Unit.Trading.Sizing;

public class TicketProjectorTests
{
    [Fact]
    public void Project_EurUsdBuy_RisksTwentyPipsForForty()
    {
        // 0.50 lots × $10 per pip: SL 20 pips = $100, TP 40 pips = $200, R:R = 2.
        var projection = TicketProjector.Project(TestSymbols.EurUsd, PositionSide.Buy, 1.08450m, 1.08250m, 1.08850m, 0.50m);

        Assert.Equal(new TicketProjection(100m, 200m, 2m, null), projection);
    }

    [Fact]
    public void Project_XauUsdSell_RisksFiveDollarsForFifteen()
    {
        // 0.40 lots × 100 oz: SL +$5 = $200, TP −$15 = $600, R:R = 3.
        var projection = TicketProjector.Project(TestSymbols.XauUsd, PositionSide.Sell, 2650.40m, 2655.40m, 2635.40m, 0.40m);

        Assert.Equal(new TicketProjection(200m, 600m, 3m, null), projection);
    }

    [Fact]
    public void Project_NoTakeProfit_HasRiskButNoRewardToRisk()
    {
        var projection = TicketProjector.Project(TestSymbols.EurUsd, PositionSide.Buy, 1.08450m, 1.08250m, null, 0.50m);

        Assert.Equal(new TicketProjection(100m, null, null, null), projection);
    }

    [Fact]
    public void Project_NoStopLoss_HasRewardButNoRewardToRisk()
    {
        var projection = TicketProjector.Project(TestSymbols.EurUsd, PositionSide.Sell, 1.08450m, null, 1.08050m, 0.50m);

        Assert.Equal(new TicketProjection(null, 200m, null, null), projection);
    }

    [Fact]
    public void Project_SellWithStopBelowEntry_IsInvalidStop()
    {
        var projection = TicketProjector.Project(TestSymbols.XauUsd, PositionSide.Sell, 2650.40m, 2645.40m, 2635.40m, 0.40m);

        Assert.Equal(SizingError.InvalidStop, projection.Error);
        Assert.Null(projection.RewardToRisk);
    }

    [Fact]
    public void Project_BuyWithTargetBelowEntry_IsInvalidStop()
    {
        var projection = TicketProjector.Project(TestSymbols.EurUsd, PositionSide.Buy, 1.08450m, 1.08250m, 1.08350m, 0.50m);

        Assert.Equal(SizingError.InvalidStop, projection.Error);
    }

    [Fact]
    public void Project_ZeroVolume_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            TicketProjector.Project(TestSymbols.EurUsd, PositionSide.Buy, 1.08450m, 1.08250m, null, 0m));

        Assert.Equal("volume", error.ParamName);
    }
}
