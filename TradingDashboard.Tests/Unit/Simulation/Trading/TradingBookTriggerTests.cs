using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using static TradingDashboard.Tests.Unit.Simulation.Trading.Books;

namespace TradingDashboard.Tests.Unit.Simulation.Trading;

public class TradingBookTriggerTests
{
    private readonly TestMarket _market = new TestMarket().Set("EURUSD", 1.10000m, 1.10010m);

    // A buy opened at the ask 1.10010 with SL 1.09900 and TP 1.10500 closes at the bid.
    [Theory]
    [InlineData("1.09901", "1.09911", null, null, null)]
    [InlineData("1.09900", "1.09910", DealReason.StopLoss, "1.09900", "-11.00")]
    [InlineData("1.09800", "1.09810", DealReason.StopLoss, "1.09800", "-21.00")]
    [InlineData("1.10499", "1.10509", null, null, null)]
    [InlineData("1.10500", "1.10510", DealReason.TakeProfit, "1.10500", "49.00")]
    public void OnQuote_BuyWithStops_ClosesWhenTheBidReachesALevel(string bid, string ask, DealReason? reason, string? price, string? profit)
    {
        var book = Create(_market);
        var ticket = book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m, 1.09900m, 1.10500m)).PositionTicket!.Value;
        book.DrainChanges();

        book.OnQuote(new BrokerQuote("EURUSD", D(bid), D(ask), Fakes.SimulatorFixtures.Start));

        if (reason is null)
        {
            Assert.Single(book.Valuate().Positions);
            Assert.False(book.DrainChanges().Changed);
            return;
        }

        Assert.Empty(book.Valuate().Positions);
        var deal = book.Deals(DateTimeOffset.MinValue)[^1];
        Assert.Equal((ticket, PositionSide.Sell, DealEntry.Out, reason.Value, D(price!), D(profit!)), (deal.PositionTicket, deal.Direction, deal.Entry, deal.Reason, deal.Price, deal.Profit));
        Assert.Equal(10_000m + D(profit!), book.Balance);
        var closed = Assert.Single(book.DrainChanges().Closed);
        Assert.Equal(reason.Value, closed.Deals[^1].Reason);
    }

    // A sell opened at the bid 1.10000 with SL 1.10100 and TP 1.09500 closes at the ask.
    [Theory]
    [InlineData("1.10089", "1.10099", null, null)]
    [InlineData("1.10090", "1.10100", DealReason.StopLoss, "-10.00")]
    [InlineData("1.09491", "1.09501", null, null)]
    [InlineData("1.09490", "1.09500", DealReason.TakeProfit, "50.00")]
    public void OnQuote_SellWithStops_ClosesWhenTheAskReachesALevel(string bid, string ask, DealReason? reason, string? profit)
    {
        var book = Create(_market);
        book.Fill(_market, MarketOrder("EURUSD", PositionSide.Sell, 0.10m, 1.10100m, 1.09500m, magic: 77));

        book.OnQuote(new BrokerQuote("EURUSD", D(bid), D(ask), Fakes.SimulatorFixtures.Start));

        Assert.Equal(reason is null ? 1 : 0, book.Valuate().Positions.Count);
        if (reason is not null)
        {
            var deal = book.Deals(DateTimeOffset.MinValue)[^1];
            Assert.Equal((PositionSide.Buy, reason.Value, D(ask), D(profit!), 77L), (deal.Direction, deal.Reason, deal.Price, deal.Profit, deal.Magic));
        }
    }

    [Fact]
    public void OnQuote_StopLossHit_DealCommentNamesTheLevelAsMt5Does()
    {
        var book = Create(_market);
        book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m, 1.09900m));

        book.OnQuote(new BrokerQuote("EURUSD", 1.09000m, 1.09010m, Fakes.SimulatorFixtures.Start));

        Assert.Equal("[sl 1.09900]", book.Deals(DateTimeOffset.MinValue)[^1].Comment);
    }

    [Fact]
    public void OnQuote_OtherSymbol_LeavesThePositionAlone()
    {
        var book = Create(_market);
        book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m, 1.09900m));

        book.OnQuote(new BrokerQuote("GBPUSD", 1.00000m, 1.00010m, Fakes.SimulatorFixtures.Start));

        Assert.Single(book.Valuate().Positions);
    }

    // Bid 1.10000 / ask 1.10010 when placed; the first quote must not trigger, the second must.
    [Theory]
    [InlineData(PositionSide.Buy, OrderType.Limit, "1.09500", "1.09496", "1.09506", "1.09490", "1.09500", "1.09500")]
    [InlineData(PositionSide.Buy, OrderType.Stop, "1.10500", "1.10489", "1.10499", "1.10495", "1.10505", "1.10505")]
    [InlineData(PositionSide.Sell, OrderType.Limit, "1.10500", "1.10499", "1.10509", "1.10500", "1.10510", "1.10500")]
    [InlineData(PositionSide.Sell, OrderType.Stop, "1.09500", "1.09501", "1.09511", "1.09480", "1.09490", "1.09480")]
    public void OnQuote_PendingOrderReached_BecomesAPositionWithItsTicketTagMagicAndStops(
        PositionSide side, OrderType type, string price, string bid1, string ask1, string bid2, string ask2, string fill)
    {
        var book = Create(_market);
        var (sl, tp) = side == PositionSide.Buy ? (D(price) - 0.00500m, D(price) + 0.00500m) : (D(price) + 0.00500m, D(price) - 0.00500m);
        var order = book.Place(PendingOrder("EURUSD", side, type, 0.10m, D(price), sl, tp, magic: 12), _market.Info("EURUSD")).OrderTicket!.Value;

        book.OnQuote(new BrokerQuote("EURUSD", D(bid1), D(ask1), Fakes.SimulatorFixtures.Start));
        Assert.Single(book.PendingOrders());
        Assert.Empty(book.Valuate().Positions);

        book.OnQuote(new BrokerQuote("EURUSD", D(bid2), D(ask2), Fakes.SimulatorFixtures.Start));

        Assert.Empty(book.PendingOrders());
        var position = Assert.Single(book.Valuate().Positions);
        Assert.Equal((order, side, 0.10m, D(fill), Tag, 12L), (position.Ticket, position.Direction, position.Volume, position.PriceOpen, position.Comment, position.Magic));
        Assert.Equal(((decimal?)sl, (decimal?)tp), (position.StopLoss, position.TakeProfit));
        var deal = Assert.Single(book.Deals(DateTimeOffset.MinValue));
        Assert.Equal((order, order, DealEntry.In, DealReason.Expert, Tag), (deal.OrderTicket, deal.PositionTicket, deal.Entry, deal.Reason, deal.Comment));
    }

    [Fact]
    public void OnQuote_TriggeredOrderTheAccountCannotAfford_CancelledWithoutAPosition()
    {
        // A pending order reserves no margin; at 1.10510 one lot needs 1,105.10 USD and the account has 100.
        var book = Create(_market, balance: 100m);
        book.Place(PendingOrder("EURUSD", PositionSide.Buy, OrderType.Stop, 1m, 1.10500m), _market.Info("EURUSD"));
        book.DrainChanges();

        book.OnQuote(new BrokerQuote("EURUSD", 1.10500m, 1.10510m, Fakes.SimulatorFixtures.Start));

        Assert.Empty(book.PendingOrders());
        Assert.Empty(book.Valuate().Positions);
        Assert.Empty(book.Deals(DateTimeOffset.MinValue));
        Assert.True(book.DrainChanges().Changed);
    }

    [Fact]
    public void OnQuote_ClosedSymbol_NothingExecutes()
    {
        var book = Create(_market, closedSymbols: ["EURUSD"]);
        var ticket = book.OpenAtMarket(_market.Info("EURUSD"), PositionSide.Buy, 0.10m).PositionTicket!.Value;
        book.DrainChanges();

        book.OnQuote(new BrokerQuote("EURUSD", 1.00000m, 1.00010m, Fakes.SimulatorFixtures.Start));

        Assert.Equal(ticket, book.Valuate().Positions.Single().Ticket);
    }
}
