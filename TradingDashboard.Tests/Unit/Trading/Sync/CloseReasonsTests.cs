using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.Sync;

namespace TradingDashboard.Tests.Unit.Trading.Sync;

public class CloseReasonsTests
{
    [Theory]
    [InlineData(DealReason.StopLoss, 0, CloseReason.StopLoss)]
    [InlineData(DealReason.TakeProfit, 0, CloseReason.TakeProfit)]
    [InlineData(DealReason.StopOut, 0, CloseReason.StopOut)]
    [InlineData(DealReason.Expert, 42, CloseReason.Bot)]
    [InlineData(DealReason.Expert, 0, CloseReason.External)]
    [InlineData(DealReason.Client, 0, CloseReason.External)]
    [InlineData(DealReason.Mobile, 7, CloseReason.External)]
    [InlineData(DealReason.Web, 0, CloseReason.External)]
    public void FromDeal_Reason_MapsToCloseReason(DealReason reason, long magic, CloseReason expected)
    {
        Assert.Equal(expected, CloseReasons.FromDeal(Deals.Out(2, 0.1m, 1.08m, 1m, 5, reason, magic: magic)));
    }

    [Fact]
    public void Decide_ExitDealCarriesTheDashboardsCloseOrder_TheOrdersReasonWins()
    {
        var exit = Deals.Out(2, 0.1m, 1.08m, 1m, 5, DealReason.Expert, magic: 0, comment: "td1:abc");
        var order = new TradeOrder { IdempotencyKey = "k", ClientTag = "td1:abc", Symbol = "EURUSD", RequestedBy = "u", CloseReason = CloseReason.CloseAll };

        Assert.Equal(CloseReason.CloseAll, CloseReasons.Decide(Trade(null), exit, order));
        Assert.Equal(CloseReason.CloseAll, CloseReasons.Decide(Trade(CloseReason.Manual), exit, order));
    }

    [Fact]
    public void Decide_DashboardAlreadyClosedIt_KeepsItsReasonOverTheDeal()
    {
        var exit = Deals.Out(2, 0.1m, 1.08m, 1m, 5, DealReason.Client);

        Assert.Equal(CloseReason.Manual, CloseReasons.Decide(Trade(CloseReason.Manual), exit, null));
    }

    [Theory]
    [InlineData(CloseReason.PartialClose)]
    [InlineData(CloseReason.ProfitTarget1)]
    public void Decide_OnlyAPartialCloseReasonRecorded_TheFinalDealDecides(CloseReason partial)
    {
        var exit = Deals.Out(2, 0.1m, 1.07m, -10m, 5, DealReason.StopLoss);

        Assert.Equal(CloseReason.StopLoss, CloseReasons.Decide(Trade(partial), exit, null));
    }

    [Fact]
    public void Decide_NoExitDeal_External()
    {
        Assert.Equal(CloseReason.External, CloseReasons.Decide(Trade(null), null, null));
    }

    private static Trade Trade(CloseReason? reason) => new()
    {
        Symbol = "EURUSD",
        Direction = PositionSide.Buy,
        CloseReason = reason,
    };
}
