using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using static TradingDashboard.Tests.Unit.Simulation.Trading.Books;

namespace TradingDashboard.Tests.Unit.Simulation.Trading;

public class TradingBookModifyCancelTests
{
    private readonly TestMarket _market = new TestMarket().Set("EURUSD", 1.10000m, 1.10010m);

    [Fact]
    public void Modify_ValidLevels_SetOnThePosition()
    {
        var (book, ticket) = OpenBuy();

        var result = book.Modify(new BrokerModifyRequest(ticket, 1.09900m, 1.10500m));

        Assert.Equal((TradeResultCode.Done, Mt5Retcodes.Done, ticket), (result.Code, result.Retcode, result.PositionTicket!.Value));
        var position = book.Valuate().Positions.Single();
        Assert.Equal(((decimal?)1.09900m, (decimal?)1.10500m), (position.StopLoss, position.TakeProfit));
        Assert.True(book.DrainChanges().Changed);
    }

    [Fact]
    public void Modify_SameLevels_NoChanges10025()
    {
        var (book, ticket) = OpenBuy();
        book.Modify(new BrokerModifyRequest(ticket, 1.09900m, null));

        var result = book.Modify(new BrokerModifyRequest(ticket, 1.099m, 0m));

        Assert.Equal(Mt5Retcodes.NoChanges, result.Retcode);
    }

    [Fact]
    public void Modify_ZeroOrNull_RemovesTheLevels()
    {
        var (book, ticket) = OpenBuy();
        book.Modify(new BrokerModifyRequest(ticket, 1.09900m, 1.10500m));

        book.Modify(new BrokerModifyRequest(ticket, 0m, null));

        var position = book.Valuate().Positions.Single();
        Assert.Equal(((decimal?)null, (decimal?)null), (position.StopLoss, position.TakeProfit));
    }

    [Theory]
    [InlineData("1.10000", null)]
    [InlineData("1.09995", null)]
    [InlineData(null, "1.10005")]
    [InlineData("-1", null)]
    public void Modify_LevelOnTheWrongSideOrInsideTheStopsLevel_InvalidStops10016(string? sl, string? tp)
    {
        var (book, ticket) = OpenBuy();

        var result = book.Modify(new BrokerModifyRequest(ticket, OptionalD(sl), OptionalD(tp)));

        Assert.Equal((TradeResultCode.InvalidStops, Mt5Retcodes.InvalidStops), (result.Code, result.Retcode));
        Assert.Null(book.Valuate().Positions.Single().StopLoss);
    }

    [Fact]
    public void Modify_UnknownPosition_PositionClosed10036()
    {
        Assert.Equal(Mt5Retcodes.PositionClosed, Create(_market).Modify(new BrokerModifyRequest(99, 1.09m, null)).Retcode);
    }

    [Fact]
    public void Cancel_PendingOrder_RemovedAndAnsweredDone()
    {
        var book = Create(_market);
        var order = book.Place(PendingOrder("EURUSD", PositionSide.Sell, OrderType.Limit, 0.10m, 1.10500m), _market.Info("EURUSD")).OrderTicket!.Value;

        var result = book.Cancel(new BrokerCancelRequest(order));

        Assert.Equal((TradeResultCode.Done, Mt5Retcodes.Done, order), (result.Code, result.Retcode, result.OrderTicket!.Value));
        Assert.Empty(book.PendingOrders());
    }

    [Fact]
    public void Cancel_UnknownOrAlreadyCancelledOrder_Invalid10013()
    {
        var book = Create(_market);
        var order = book.Place(PendingOrder("EURUSD", PositionSide.Sell, OrderType.Limit, 0.10m, 1.10500m), _market.Info("EURUSD")).OrderTicket!.Value;
        book.Cancel(new BrokerCancelRequest(order));

        var again = book.Cancel(new BrokerCancelRequest(order));

        Assert.Equal((TradeResultCode.Rejected, Mt5Retcodes.Invalid), (again.Code, again.Retcode));
    }

    private (Core.Simulation.Trading.TradingBook Book, long Ticket) OpenBuy()
    {
        var book = Create(_market);
        return (book, book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m)).PositionTicket!.Value);
    }
}
