using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using static TradingDashboard.Tests.Unit.Simulation.Trading.Books;

namespace TradingDashboard.Tests.Unit.Simulation.Trading;

public class TradingBookNettingTests
{
    private readonly TestMarket _market = new TestMarket().Set("EURUSD", 1.10000m, 1.10010m);

    [Fact]
    public void Hedging_OppositeOrders_TwoPositions()
    {
        var book = Create(_market);

        book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m));
        book.Fill(_market, MarketOrder("EURUSD", PositionSide.Sell, 0.10m));

        Assert.Equal([PositionSide.Buy, PositionSide.Sell], book.Valuate().Positions.Select(p => p.Direction));
    }

    [Fact]
    public void Netting_SameDirection_OnePositionWithTheVolumeWeightedPrice()
    {
        var book = Create(_market, hedging: false);
        var first = book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m));
        _market.Set("EURUSD", 1.10030m, 1.10040m);

        var second = book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.20m, sl: 1.09000m));

        // (1.10010 × 0.10 + 1.10040 × 0.20) / 0.30 = 1.10030.
        var position = Assert.Single(book.Valuate().Positions);
        Assert.Equal((first.PositionTicket!.Value, 0.30m, 1.10030m, (decimal?)1.09000m), (position.Ticket, position.Volume, position.PriceOpen, position.StopLoss));
        Assert.Equal(first.PositionTicket, second.PositionTicket);
        Assert.All(book.Deals(DateTimeOffset.MinValue), d => Assert.Equal((DealEntry.In, position.Ticket), (d.Entry, d.PositionTicket)));
    }

    [Fact]
    public void Netting_SmallerOppositeOrder_ReducesTheSamePositionWithAnOutDeal()
    {
        var book = Create(_market, hedging: false);
        var ticket = book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.30m)).PositionTicket!.Value;
        _market.Set("EURUSD", 1.10510m, 1.10520m);

        var result = book.Fill(_market, MarketOrder("EURUSD", PositionSide.Sell, 0.10m, tag: "td1:reduce"));

        Assert.Equal(ticket, result.PositionTicket);
        Assert.Equal((PositionSide.Buy, 0.20m), (book.Valuate().Positions.Single().Direction, book.Valuate().Positions.Single().Volume));
        var deal = book.Deals(DateTimeOffset.MinValue)[^1];
        Assert.Equal((DealEntry.Out, PositionSide.Sell, 1.10510m, 50.00m, "td1:reduce"), (deal.Entry, deal.Direction, deal.Price, deal.Profit, deal.Comment));
        Assert.Equal(10_050.00m, book.Balance);
        Assert.Empty(book.DrainChanges().Closed);
    }

    [Fact]
    public void Netting_EqualOppositeOrder_ClosesThePositionAndReportsTheClosure()
    {
        var book = Create(_market, hedging: false);
        var ticket = book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m)).PositionTicket!.Value;

        book.Fill(_market, MarketOrder("EURUSD", PositionSide.Sell, 0.10m));

        Assert.Empty(book.Valuate().Positions);
        var closed = Assert.Single(book.DrainChanges().Closed);
        Assert.Equal((ticket, 2), (closed.PositionTicket, closed.Deals.Count));
        Assert.Equal(9_999.00m, book.Balance);
    }

    [Fact]
    public void Netting_LargerOppositeOrder_ReversesTheSamePositionWithAnInOutDeal()
    {
        var book = Create(_market, hedging: false);
        var ticket = book.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m)).PositionTicket!.Value;
        _market.Set("EURUSD", 1.10510m, 1.10520m);

        book.Fill(_market, MarketOrder("EURUSD", PositionSide.Sell, 0.30m, tag: "td1:reverse", magic: 3));

        var position = Assert.Single(book.Valuate().Positions);
        Assert.Equal((ticket, PositionSide.Sell, 0.20m, 1.10510m, "td1:reverse", 3L), (position.Ticket, position.Direction, position.Volume, position.PriceOpen, position.Comment, position.Magic));
        var deal = book.Deals(DateTimeOffset.MinValue)[^1];
        Assert.Equal((DealEntry.InOut, 0.30m, 50.00m), (deal.Entry, deal.Volume, deal.Profit));
        Assert.Equal(10_050.00m, book.Balance);
        Assert.Empty(book.DrainChanges().Closed);
    }

    [Fact]
    public void Margin_OrderThatOnlyReducesANettingPosition_NeedsNoMargin()
    {
        // 0.10 lot takes 110.01 of margin, leaving 8.99 free: a new 0.10 lot is refused, a closing one is not.
        var hedging = Create(_market, balance: 120m);
        var netting = Create(_market, balance: 120m, hedging: false);
        hedging.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m));
        netting.Fill(_market, MarketOrder("EURUSD", PositionSide.Buy, 0.10m));

        var hedged = hedging.Place(MarketOrder("EURUSD", PositionSide.Sell, 0.10m), _market.Info("EURUSD"));
        var netted = netting.Place(MarketOrder("EURUSD", PositionSide.Sell, 0.10m), _market.Info("EURUSD"));

        Assert.Equal((Mt5Retcodes.NoMoney, Mt5Retcodes.Done), (hedged.Retcode, netted.Retcode));
        Assert.Empty(netting.Valuate().Positions);
    }
}
