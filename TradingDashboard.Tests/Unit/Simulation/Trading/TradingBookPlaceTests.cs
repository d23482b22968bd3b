using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using static TradingDashboard.Tests.Unit.Simulation.Trading.Books;

namespace TradingDashboard.Tests.Unit.Simulation.Trading;

public class TradingBookPlaceTests
{
    private readonly TestMarket _market = new TestMarket().Set("EURUSD", 1.10000m, 1.10010m);

    [Fact]
    public void Place_MarketBuy_FillsAtAskWithAnInDealCarryingTheTag()
    {
        var book = Create(_market);

        var result = book.Place(MarketOrder("EURUSD", PositionSide.Buy, 0.10m), _market.Info("EURUSD"));

        Assert.Equal((TradeResultCode.Done, Mt5Retcodes.Done, 1.10010m, 0.10m), (result.Code, result.Retcode, result.Price, result.Volume));
        var position = Assert.Single(book.Valuate().Positions);
        Assert.Equal((result.PositionTicket, result.OrderTicket), (position.Ticket, position.Ticket));
        Assert.Equal(("EURUSD", PositionSide.Buy, 0.10m, 1.10010m, Tag), (position.Symbol, position.Direction, position.Volume, position.PriceOpen, position.Comment));
        var deal = Assert.Single(book.Deals(DateTimeOffset.MinValue));
        Assert.Equal(result.DealTicket, deal.Ticket);
        Assert.Equal((position.Ticket, position.Ticket, PositionSide.Buy, DealEntry.In, DealReason.Client), (deal.OrderTicket, deal.PositionTicket, deal.Direction, deal.Entry, deal.Reason));
        Assert.Equal((0.10m, 1.10010m, 0m, 0m, 0m, Tag), (deal.Volume, deal.Price, deal.Profit, deal.Commission, deal.Swap, deal.Comment));
    }

    [Fact]
    public void Place_MarketSell_FillsAtBid()
    {
        var book = Create(_market);

        var result = book.Place(MarketOrder("EURUSD", PositionSide.Sell, 0.25m), _market.Info("EURUSD"));

        Assert.Equal(1.10000m, result.Price);
        Assert.Equal((PositionSide.Sell, 1.10000m), (book.Valuate().Positions[0].Direction, book.Valuate().Positions[0].PriceOpen));
    }

    [Fact]
    public void Place_WithMagic_ExpertReasonAndMagicOnPositionAndDeal()
    {
        var book = Create(_market);

        book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m, magic: 42));

        Assert.Equal(42, book.Valuate().Positions[0].Magic);
        Assert.Equal((DealReason.Expert, 42L), (book.Deals(DateTimeOffset.MinValue)[0].Reason, book.Deals(DateTimeOffset.MinValue)[0].Magic));
    }

    [Fact]
    public void Place_SameTagTwice_TwoPositionsBecauseTheBrokerNeverDeduplicates()
    {
        var book = Create(_market);

        book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m));
        book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m));

        Assert.Equal(2, book.Valuate().Positions.Count(p => p.Comment == Tag));
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("0")]
    [InlineData("-0.10")]
    [InlineData("100.01")]
    [InlineData("0.015")]
    public void Place_VolumeOutOfBoundsOrOffStep_InvalidVolume(string volume)
    {
        var book = Create(_market);

        var result = book.Place(MarketOrder("EURUSD", PositionSide.Buy, D(volume)), _market.Info("EURUSD"));

        Assert.Equal((TradeResultCode.InvalidVolume, Mt5Retcodes.InvalidVolume), (result.Code, result.Retcode));
        Assert.Empty(book.Valuate().Positions);
    }

    [Fact]
    public void Place_UnknownSymbol_Invalid10013()
    {
        var result = Create(_market).Place(MarketOrder("NOPE", PositionSide.Buy, 0.10m), null);

        Assert.Equal(Mt5Retcodes.Invalid, result.Retcode);
        Assert.Contains("NOPE", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Place_CommentOf32Characters_Invalid10013WithMessage()
    {
        var result = Create(_market).Place(MarketOrder("EURUSD", PositionSide.Buy, 0.10m, tag: new string('x', 32)), _market.Info("EURUSD"));

        Assert.Equal(Mt5Retcodes.Invalid, result.Retcode);
        Assert.Contains("31", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Place_ClosedSymbol_MarketClosed10018()
    {
        var book = Create(_market, closedSymbols: ["eurusd"]);

        var result = book.Place(MarketOrder("EURUSD", PositionSide.Buy, 0.10m), _market.Info("EURUSD"));

        Assert.Equal((TradeResultCode.MarketClosed, Mt5Retcodes.MarketClosed), (result.Code, result.Retcode));
    }

    [Fact]
    public void Place_SymbolWithoutQuote_PriceOff10021()
    {
        var result = Create(_market).Place(MarketOrder("GBPUSD", PositionSide.Buy, 0.10m), _market.Info("GBPUSD"));

        Assert.Equal(Mt5Retcodes.PriceOff, result.Retcode);
    }

    // Buy closes at the bid 1.10000, sell at the ask 1.10010; the stops level is 10 points (0.00010).
    [Theory]
    [InlineData(PositionSide.Buy, "1.09990", null, Mt5Retcodes.Done)]
    [InlineData(PositionSide.Buy, "1.09991", null, Mt5Retcodes.InvalidStops)]
    [InlineData(PositionSide.Buy, "1.10005", null, Mt5Retcodes.InvalidStops)]
    [InlineData(PositionSide.Buy, "1.099905", null, Mt5Retcodes.InvalidStops)]
    [InlineData(PositionSide.Buy, null, "1.10010", Mt5Retcodes.Done)]
    [InlineData(PositionSide.Buy, null, "1.10009", Mt5Retcodes.InvalidStops)]
    [InlineData(PositionSide.Buy, null, "1.09900", Mt5Retcodes.InvalidStops)]
    [InlineData(PositionSide.Sell, "1.10020", null, Mt5Retcodes.Done)]
    [InlineData(PositionSide.Sell, "1.10019", null, Mt5Retcodes.InvalidStops)]
    [InlineData(PositionSide.Sell, "1.09900", null, Mt5Retcodes.InvalidStops)]
    [InlineData(PositionSide.Sell, null, "1.10000", Mt5Retcodes.Done)]
    [InlineData(PositionSide.Sell, null, "1.10001", Mt5Retcodes.InvalidStops)]
    public void Place_MarketWithStops_CheckedAgainstTheClosingPriceAndStopsLevel(PositionSide side, string? sl, string? tp, int retcode)
    {
        var book = Create(_market);

        var result = book.Place(MarketOrder("EURUSD", side, 0.10m, OptionalD(sl), OptionalD(tp)), _market.Info("EURUSD"));

        Assert.Equal(retcode, result.Retcode);
        Assert.Equal(retcode == Mt5Retcodes.Done ? 1 : 0, book.Valuate().Positions.Count);
    }

    [Fact]
    public void Place_MarginAboveFreeMargin_NoMoney10019()
    {
        // 1 lot at 1.10010 with 1:100 needs 1,100.10 USD of margin; 0.90 lot needs 990.09.
        var book = Create(_market, balance: 1_000m);

        var tooBig = book.Place(MarketOrder("EURUSD", PositionSide.Buy, 1m), _market.Info("EURUSD"));
        var fits = book.Place(MarketOrder("EURUSD", PositionSide.Buy, 0.90m), _market.Info("EURUSD"));

        // Now equity is 991.00 (the spread costs 9.00) and free margin 0.91: even 0.01 lot (11.00) is refused.
        var next = book.Place(MarketOrder("EURUSD", PositionSide.Buy, 0.01m), _market.Info("EURUSD"));
        Assert.Equal((TradeResultCode.NoMoney, Mt5Retcodes.NoMoney), (tooBig.Code, tooBig.Retcode));
        Assert.Equal(Mt5Retcodes.Done, fits.Retcode);
        Assert.Equal(Mt5Retcodes.NoMoney, next.Retcode);
        Assert.Equal((991.00m, 990.09m, 0.91m), (book.Valuate().Equity, book.Valuate().Margin, book.Valuate().MarginFree));
    }

    // Ask 1.10010, bid 1.10000, stops level 0.00010.
    [Theory]
    [InlineData(PositionSide.Buy, OrderType.Limit, "1.10000", Mt5Retcodes.Placed)]
    [InlineData(PositionSide.Buy, OrderType.Limit, "1.10001", Mt5Retcodes.InvalidPrice)]
    [InlineData(PositionSide.Buy, OrderType.Limit, "1.10500", Mt5Retcodes.InvalidPrice)]
    [InlineData(PositionSide.Buy, OrderType.Stop, "1.10020", Mt5Retcodes.Placed)]
    [InlineData(PositionSide.Buy, OrderType.Stop, "1.10019", Mt5Retcodes.InvalidPrice)]
    [InlineData(PositionSide.Buy, OrderType.Stop, "1.09000", Mt5Retcodes.InvalidPrice)]
    [InlineData(PositionSide.Sell, OrderType.Limit, "1.10010", Mt5Retcodes.Placed)]
    [InlineData(PositionSide.Sell, OrderType.Limit, "1.10009", Mt5Retcodes.InvalidPrice)]
    [InlineData(PositionSide.Sell, OrderType.Stop, "1.09990", Mt5Retcodes.Placed)]
    [InlineData(PositionSide.Sell, OrderType.Stop, "1.09991", Mt5Retcodes.InvalidPrice)]
    [InlineData(PositionSide.Sell, OrderType.Stop, "1.099905", Mt5Retcodes.InvalidPrice)]
    [InlineData(PositionSide.Buy, OrderType.Limit, null, Mt5Retcodes.InvalidPrice)]
    public void Place_PendingPrice_MustBeOnTheRightSideByTheStopsLevel(PositionSide side, OrderType type, string? price, int retcode)
    {
        var book = Create(_market);

        var result = book.Place(PendingOrder("EURUSD", side, type, 0.10m, OptionalD(price)), _market.Info("EURUSD"));

        Assert.Equal(retcode, result.Retcode);
        Assert.Equal(retcode == Mt5Retcodes.Placed ? 1 : 0, book.PendingOrders().Count);
    }

    [Theory]
    [InlineData("1.08990", Mt5Retcodes.Placed)]
    [InlineData("1.08995", Mt5Retcodes.InvalidStops)]
    [InlineData("1.09500", Mt5Retcodes.InvalidStops)]
    public void Place_PendingStops_CheckedAgainstTheOrderPrice(string sl, int retcode)
    {
        var result = Create(_market).Place(PendingOrder("EURUSD", PositionSide.Buy, OrderType.Limit, 0.10m, 1.09000m, D(sl)), _market.Info("EURUSD"));

        Assert.Equal(retcode, result.Retcode);
    }

    [Fact]
    public void Place_BuyLimit_ListedWithItsFieldsAndUsesNoMargin()
    {
        var book = Create(_market);

        var result = book.Place(PendingOrder("EURUSD", PositionSide.Buy, OrderType.Limit, 0.20m, 1.09000m, 1.08500m, 1.09500m, magic: 9), _market.Info("EURUSD"));

        Assert.Equal((TradeResultCode.Placed, 1.09000m, 0.20m), (result.Code, result.Price, result.Volume));
        var order = Assert.Single(book.PendingOrders());
        Assert.Equal(
            (result.OrderTicket!.Value, "EURUSD", PositionSide.Buy, OrderType.Limit, 0.20m, 1.09000m, (decimal?)1.08500m, (decimal?)1.09500m, 9L, Tag, SimulatorFixturesStart),
            (order.Ticket, order.Symbol, order.Direction, order.Type, order.Volume, order.Price, order.StopLoss, order.TakeProfit, order.Magic, order.Comment, order.PlacedAt));
        Assert.Equal((0m, 10_000m), (book.Valuate().Margin, book.Valuate().Equity));
        Assert.Empty(book.Deals(DateTimeOffset.MinValue));
    }

    private static DateTimeOffset SimulatorFixturesStart => Fakes.SimulatorFixtures.Start;
}
