using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.Reconciliation;

namespace TradingDashboard.Tests.Unit.Trading.Reconciliation;

public class TraceFinderTests
{
    private static readonly string Tag = ClientOrderTag.For("ticket-1");
    private static readonly DateTimeOffset At = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Find_OpenWithItsInDeal_IsDoneWithTheDealsPositionPriceAndVolume()
    {
        var deals = new[] { Deal(90, 500, 4711, DealEntry.In, 0.2m, 1.1000m, Tag + " [sl]"), Deal(91, 501, 9999, DealEntry.In, 1m, 2m, "td1:other") };

        var trace = TraceFinder.Find(Order(OrderKind.Open), [], [], deals);

        Assert.Equal(new BrokerTrace(OrderStatus.Done, 4711, 500, 90, 1.1000m, 0.2m, At), trace);
    }

    [Fact]
    public void Find_OpenSeenOnlyAsAPosition_IsDone()
    {
        var position = new BrokerPosition(4711, "EURUSD", PositionSide.Buy, 0.2m, 1.1m, null, null, 1.1m, 0m, 0m, 0, Tag, At);

        var trace = TraceFinder.Find(Order(OrderKind.Open), [position], [], []);

        Assert.Equal(OrderStatus.Done, trace?.Status);
        Assert.Equal(4711, trace?.PositionTicket);
    }

    [Fact]
    public void Find_PendingOrderWaiting_IsPlaced()
    {
        var waiting = new BrokerPendingOrder(600, "EURUSD", PositionSide.Buy, OrderType.Limit, 0.2m, 1.05m, null, null, 0, Tag, At);

        var trace = TraceFinder.Find(Order(OrderKind.PlacePending), [], [waiting], []);

        Assert.Equal(new BrokerTrace(OrderStatus.Placed, OrderTicket: 600, Price: 1.05m, Volume: 0.2m, ExecutedAt: At), trace);
    }

    [Fact]
    public void Find_NothingWithTheTag_IsNoTrace()
    {
        var stranger = new BrokerPosition(4711, "EURUSD", PositionSide.Buy, 0.2m, 1.1m, null, null, 1.1m, 0m, 0m, 0, "td1:someone-else", At);

        Assert.Null(TraceFinder.Find(Order(OrderKind.Open), [stranger], [], [Deal(90, 500, 4711, DealEntry.In, 0.2m, 1.1m, "manual")]));
    }

    [Fact]
    public void Find_CloseByItsOutDeals_IsDoneAtTheVolumeWeightedPrice()
    {
        var deals = new[] { Deal(95, 510, 4711, DealEntry.Out, 0.1m, 1.2000m, Tag), Deal(96, 510, 4711, DealEntry.Out, 0.3m, 1.2004m, Tag) };

        var trace = TraceFinder.Find(Order(OrderKind.PartialClose, positionTicket: 4711), [], [], deals);

        Assert.Equal(new BrokerTrace(OrderStatus.Done, 4711, 510, 96, 1.2003m, 0.4m, At), trace);
    }

    [Fact]
    public void Find_ModifyIsProvenByTheLevelsOnThePosition()
    {
        var order = Order(OrderKind.Modify, positionTicket: 4711);
        order.StopLoss = 1.0900m;
        order.TakeProfit = null;
        var applied = new BrokerPosition(4711, "EURUSD", PositionSide.Buy, 0.2m, 1.1m, 1.09m, null, 1.1m, 0m, 0m, 0, "", At);
        var notYet = applied with { StopLoss = 1.08m };

        Assert.Equal(OrderStatus.Done, TraceFinder.Find(order, [applied], [], [])?.Status);
        Assert.Null(TraceFinder.Find(order, [notYet], [], []));
    }

    [Fact]
    public void Find_CancelledOrderGone_IsDone_FilledOne_IsNotExecuted_WaitingOne_IsNoTrace()
    {
        var order = Order(OrderKind.Cancel);
        order.BrokerOrderTicket = 600;
        var waiting = new BrokerPendingOrder(600, "EURUSD", PositionSide.Buy, OrderType.Limit, 0.2m, 1.05m, null, null, 0, "td1:x", At);

        Assert.Null(TraceFinder.Find(order, [], [waiting], []));
        Assert.Equal(OrderStatus.Done, TraceFinder.Find(order, [], [], [])?.Status);
        var filled = TraceFinder.Find(order, [], [], [Deal(97, 600, 4800, DealEntry.In, 0.2m, 1.05m, "td1:x")]);
        Assert.Equal(OrderStatus.NotExecuted, filled?.Status);
        Assert.Equal("The pending order was filled (deal #97) before it could be cancelled.", filled?.Reason);
    }

    private static TradeOrder Order(OrderKind kind, long? positionTicket = null) => new()
    {
        Id = Guid.NewGuid(),
        IdempotencyKey = "ticket-1",
        ClientTag = Tag,
        Kind = kind,
        Status = OrderStatus.Unknown,
        Symbol = "EURUSD",
        Direction = PositionSide.Buy,
        Volume = 0.2m,
        PositionTicket = positionTicket,
        RequestedBy = "u",
    };

    private static BrokerDeal Deal(long ticket, long order, long position, DealEntry entry, decimal volume, decimal price, string comment) =>
        new(ticket, order, position, "EURUSD", PositionSide.Buy, entry, DealReason.Client, volume, price, 0m, 0m, 0m, 0, comment, At);
}
