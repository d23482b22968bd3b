using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using static TradingDashboard.Tests.Unit.Simulation.Trading.Books;

namespace TradingDashboard.Tests.Unit.Simulation.Trading;

public class TradingBookCloseTests
{
    private const string CloseTag = "td1:close";

    private readonly TestMarket _market = new TestMarket().Set("EURUSD", 1.10000m, 1.10010m);

    [Fact]
    public void Close_Whole_SellsAtBidAndTheProfitGoesToTheBalance()
    {
        var book = Create(_market);
        var ticket = book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.30m)).PositionTicket!.Value;
        _market.Set("EURUSD", 1.10510m, 1.10520m);

        var result = book.Close(new BrokerCloseRequest(ticket, null, CloseTag));

        // (1.10510 - 1.10010) × 0.30 lot × 100,000 = 150.00 USD.
        Assert.Equal((TradeResultCode.Done, ticket, 0.30m, 1.10510m), (result.Code, result.PositionTicket!.Value, result.Volume, result.Price));
        Assert.Empty(book.Valuate().Positions);
        Assert.Equal(10_150.00m, book.Balance);
        var deal = book.Deals(DateTimeOffset.MinValue)[^1];
        Assert.Equal((result.DealTicket, result.OrderTicket!.Value, ticket), (deal.Ticket, deal.OrderTicket, deal.PositionTicket));
        Assert.Equal((PositionSide.Sell, DealEntry.Out, DealReason.Client, 0.30m, 1.10510m, 150.00m, CloseTag), (deal.Direction, deal.Entry, deal.Reason, deal.Volume, deal.Price, deal.Profit, deal.Comment));
    }

    [Fact]
    public void Close_SellPosition_BuysBackAtAsk()
    {
        var book = Create(_market);
        var ticket = book.Fill(_market, MarketOrder("EURUSD", PositionSide.Sell, 0.10m)).PositionTicket!.Value;
        _market.Set("EURUSD", 1.09490m, 1.09500m);

        var result = book.Close(new BrokerCloseRequest(ticket, 0m, CloseTag, Magic: 5));

        // Sold at the bid 1.10000, bought back at the ask 1.09500: 0.00500 × 0.10 × 100,000 = 50.00.
        Assert.Equal(1.09500m, result.Price);
        Assert.Equal(10_050.00m, book.Balance);
        Assert.Equal((PositionSide.Buy, DealReason.Expert, 5L), (book.Deals(DateTimeOffset.MinValue)[^1].Direction, book.Deals(DateTimeOffset.MinValue)[^1].Reason, book.Deals(DateTimeOffset.MinValue)[^1].Magic));
    }

    [Fact]
    public void Close_Part_KeepsTheTicketWithTheRestAndReportsNoClosure()
    {
        var book = Create(_market);
        var ticket = book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.30m)).PositionTicket!.Value;
        book.DrainChanges();
        _market.Set("EURUSD", 1.10510m, 1.10520m);

        var result = book.Close(new BrokerCloseRequest(ticket, 0.10m, CloseTag));

        var position = Assert.Single(book.Valuate().Positions);
        Assert.Equal((ticket, 0.20m, 1.10010m, Tag), (position.Ticket, position.Volume, position.PriceOpen, position.Comment));
        Assert.Equal((0.10m, 50.00m), (book.Deals(DateTimeOffset.MinValue)[^1].Volume, book.Deals(DateTimeOffset.MinValue)[^1].Profit));
        Assert.Equal((Mt5Retcodes.Done, 10_050.00m), (result.Retcode, book.Balance));
        var changes = book.DrainChanges();
        Assert.True(changes.Changed);
        Assert.Empty(changes.Closed);
    }

    [Fact]
    public void Close_RestAfterAPartialClose_OneClosureWithAllThreeDeals()
    {
        var book = Create(_market);
        var ticket = book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.30m)).PositionTicket!.Value;
        book.Close(new BrokerCloseRequest(ticket, 0.10m, CloseTag));

        book.Close(new BrokerCloseRequest(ticket, null, CloseTag));

        var closed = Assert.Single(book.DrainChanges().Closed);
        Assert.Equal((ticket, "EURUSD"), (closed.PositionTicket, closed.Symbol));
        Assert.Equal([DealEntry.In, DealEntry.Out, DealEntry.Out], closed.Deals.Select(d => d.Entry));
        Assert.Equal([0.30m, 0.10m, 0.20m], closed.Deals.Select(d => d.Volume));
        Assert.All(closed.Deals, d => Assert.Equal(ticket, d.PositionTicket));
        Assert.Empty(book.DrainChanges().Closed);
    }

    [Theory]
    [InlineData("0.31")]
    [InlineData("0.015")]
    [InlineData("-0.10")]
    public void Close_VolumeAboveThePositionOrOffStep_InvalidVolumeAndNothingChanges(string volume)
    {
        var book = Create(_market);
        var ticket = book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.30m)).PositionTicket!.Value;

        var result = book.Close(new BrokerCloseRequest(ticket, D(volume), CloseTag));

        Assert.Equal(Mt5Retcodes.InvalidVolume, result.Retcode);
        Assert.Equal(0.30m, book.Valuate().Positions.Single().Volume);
    }

    [Fact]
    public void Close_UnknownOrAlreadyClosedPosition_PositionClosed10036()
    {
        var book = Create(_market);
        var ticket = book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m)).PositionTicket!.Value;
        book.Close(new BrokerCloseRequest(ticket, null, CloseTag));

        var again = book.Close(new BrokerCloseRequest(ticket, null, CloseTag));
        var unknown = book.Close(new BrokerCloseRequest(42, null, CloseTag));

        Assert.Equal((TradeResultCode.NotFound, Mt5Retcodes.PositionClosed), (again.Code, again.Retcode));
        Assert.Equal(Mt5Retcodes.PositionClosed, unknown.Retcode);
        Assert.Equal(2, book.Deals(DateTimeOffset.MinValue).Count);
    }

    [Fact]
    public void Close_MarketClosedAfterOpening_MarketClosed10018()
    {
        var book = Create(_market, closedSymbols: ["EURUSD"]);
        var ticket = book.OpenAtMarket(_market.Info("EURUSD"), PositionSide.Buy, 0.10m).PositionTicket!.Value;

        Assert.Equal(Mt5Retcodes.MarketClosed, book.Close(new BrokerCloseRequest(ticket, null, CloseTag)).Retcode);
    }

    [Fact]
    public void Close_UsdJpyOnAUsdAccount_JpyProfitConvertedAtTheUsdJpyMid()
    {
        _market.Set("USDJPY", 150.000m, 150.014m);
        var book = Create(_market);
        var ticket = book.Fill(_market, MarketOrder("USDJPY", PositionSide.Sell, 0.20m)).PositionTicket!.Value;
        _market.Set("USDJPY", 149.486m, 149.500m);

        book.Close(new BrokerCloseRequest(ticket, null, CloseTag));

        // 0.500 × 0.20 × 100,000 = 10,000 JPY at a mid of 149.493 = 66.89 USD.
        Assert.Equal(66.89m, book.Deals(DateTimeOffset.MinValue)[^1].Profit);
        Assert.Equal(10_066.89m, book.Balance);
    }

    [Fact]
    public void Close_CommentOf32Characters_Invalid10013()
    {
        var book = Create(_market);
        var ticket = book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m)).PositionTicket!.Value;

        Assert.Equal(Mt5Retcodes.Invalid, book.Close(new BrokerCloseRequest(ticket, null, new string('c', 32))).Retcode);
        Assert.Single(book.Valuate().Positions);
    }
}
