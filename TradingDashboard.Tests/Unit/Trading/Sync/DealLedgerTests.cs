using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.Sync;

namespace TradingDashboard.Tests.Unit.Trading.Sync;

public class DealLedgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Close_TwoExits_VolumeWeightedPriceAndSummedResultAtTheLastExit()
    {
        var trade = OpenTrade(0.30m);
        BrokerDeal[] deals = [Deals.In(0.30m, 1.08000m), Deals.Out(2, 0.10m, 1.08100m, 10m, 30), Deals.Out(3, 0.20m, 1.08250m, 50m, 90, swap: -0.40m)];

        DealLedger.Close(trade, deals, CloseReason.TakeProfit, Now);

        // (1.08100 × 0.10 + 1.08250 × 0.20) / 0.30 = 1.082
        Assert.Equal(1.082m, trade.ClosePrice);
        Assert.Equal(60m, trade.RealizedProfit);
        Assert.Equal(-0.40m, trade.Swap);
        Assert.Equal(-1.05m, trade.Commission);
        Assert.Equal(TradeStatus.Closed, trade.Status);
        Assert.Equal(0m, trade.RemainingVolume);
        Assert.Equal(Deals.Opened.AddMinutes(90), trade.ClosedAt);
        Assert.Equal(CloseReason.TakeProfit, trade.CloseReason);
    }

    [Fact]
    public void Close_SameDealsTwice_CountsThemOnce()
    {
        var trade = OpenTrade(0.10m);
        BrokerDeal[] deals = [Deals.In(0.10m, 1.08000m), Deals.Out(2, 0.10m, 1.08250m, 25m, 60)];

        DealLedger.Close(trade, deals, CloseReason.External, Now);
        DealLedger.Close(trade, deals, CloseReason.External, Now.AddMinutes(5));

        Assert.Equal(25m, trade.RealizedProfit);
        Assert.Equal(-0.70m, trade.Commission);
    }

    [Fact]
    public void ClosesPosition_ExitsShortOfTheEntries_False()
    {
        var trade = OpenTrade(0.30m);

        Assert.False(DealLedger.ClosesPosition(trade, [Deals.In(0.30m, 1.08m), Deals.Out(2, 0.10m, 1.081m, 10m, 30)]));
        Assert.True(DealLedger.ClosesPosition(trade, [Deals.In(0.30m, 1.08m), Deals.Out(2, 0.10m, 1.081m, 10m, 30), Deals.Out(3, 0.20m, 1.082m, 40m, 60)]));
    }

    [Fact]
    public void ClosesPosition_NoEntryDealInTheWindow_ComparesWithTheOpenVolume()
    {
        var trade = OpenTrade(0.30m);

        Assert.False(DealLedger.ClosesPosition(trade, [Deals.Out(2, 0.20m, 1.081m, 10m, 30)]));
        Assert.True(DealLedger.ClosesPosition(trade, [Deals.Out(2, 0.30m, 1.081m, 10m, 30)]));
        Assert.False(DealLedger.ClosesPosition(trade, [Deals.In(0.30m, 1.08m)]));
    }

    [Fact]
    public void ApplyRealized_PartialExit_BooksItWithoutClosing()
    {
        var trade = OpenTrade(0.30m);

        DealLedger.ApplyRealized(trade, [Deals.In(0.30m, 1.08m), Deals.Out(2, 0.10m, 1.08100m, 10m, 30)]);

        Assert.Equal((10m, 1.081m, TradeStatus.Open), (trade.RealizedProfit, trade.ClosePrice, trade.Status));
    }

    [Fact]
    public void NewTrade_FromEntryDeal_TakesItsSideVolumeAndPrice()
    {
        var accountId = Guid.NewGuid();

        var trade = DealLedger.NewTrade(accountId, Deals.Position, "EURUSD", [Deals.In(0.20m, 1.08000m, PositionSide.Sell), Deals.Out(2, 0.20m, 1.07900m, 20m, 10, side: PositionSide.Buy)], Now);

        Assert.Equal((accountId, Deals.Position, PositionSide.Sell, 0.20m, 1.08000m, Deals.Opened), (trade.AccountId, trade.PositionTicket, trade.Direction, trade.OpenVolume, trade.OpenPrice, trade.OpenedAt));
        Assert.Equal((TradeSource.Manual, (string?)null), (trade.Source, trade.IdempotencyKey));
    }

    [Fact]
    public void NewTrade_OnlyExitDeals_SideIsTheOppositeOfTheExit()
    {
        var trade = DealLedger.NewTrade(Guid.NewGuid(), Deals.Position, "EURUSD", [Deals.Out(2, 0.20m, 1.07900m, 20m, 10, side: PositionSide.Buy)], Now);

        Assert.Equal((PositionSide.Sell, 0.20m), (trade.Direction, trade.OpenVolume));
    }

    private static Trade OpenTrade(decimal volume) => new()
    {
        Id = Guid.NewGuid(),
        AccountId = Guid.NewGuid(),
        PositionTicket = Deals.Position,
        Symbol = "EURUSD",
        Direction = PositionSide.Buy,
        Status = TradeStatus.Open,
        OpenVolume = volume,
        RemainingVolume = volume,
        OpenPrice = 1.08m,
        OpenedAt = Deals.Opened,
    };
}
