using TradingDashboard.Components.Shared.Trading;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Tests.Unit.Trading;

namespace TradingDashboard.Tests.Unit.Components.Trading;

public sealed class TicketQuoteTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_Batch_KeepsTheNewestQuoteAndItsArrival()
    {
        var quote = new TicketQuote();

        quote.Apply([Quote(1.08450m, 1.08462m, Now), Quote(1.08455m, 1.08467m, Now.AddMilliseconds(250))]);

        Assert.Equal((1.08455m, 1.08467m, Now.AddMilliseconds(250)), (quote.Bid, quote.Ask, quote.ReceivedAt));
        Assert.Equal(1.08467m, quote.For(PositionSide.Buy));
        Assert.Equal(1.08455m, quote.For(PositionSide.Sell));
        Assert.Equal(1.2m, quote.SpreadPips(TestSymbols.EurUsd));
    }

    [Fact]
    public void Apply_OlderQuoteLate_DoesNotReplaceANewerOne()
    {
        var quote = new TicketQuote();
        quote.Apply([Quote(1.08455m, 1.08467m, Now)]);

        quote.Apply([Quote(1.08400m, 1.08412m, Now.AddSeconds(-1))]);

        Assert.Equal(1.08455m, quote.Bid);
    }

    [Fact]
    public void New_NoQuoteYet_NothingToTradeAt()
    {
        var quote = new TicketQuote();

        Assert.Null(quote.For(PositionSide.Buy));
        Assert.Null(quote.SpreadPips(TestSymbols.EurUsd));
        Assert.Null(quote.ReceivedAt);
    }

    private static QuoteUpdate Quote(decimal bid, decimal ask, DateTimeOffset at) =>
        QuoteRowTests.Quote("EURUSD", bid, ask, receivedAt: at);
}
