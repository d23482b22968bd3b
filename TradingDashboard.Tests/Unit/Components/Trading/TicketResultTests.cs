using TradingDashboard.Components.Shared.Trading;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Core.Trading;
using TradingDashboard.Tests.Unit.Trading;

namespace TradingDashboard.Tests.Unit.Components.Trading;

public sealed class TicketResultTests
{
    private static readonly Dictionary<string, string> NoErrors = [];

    private static readonly TicketEvaluation Sent = TicketEvaluator.Evaluate(
        new TicketForm { Lots = 0.10m, StopLossPips = 20m },
        new TicketMarket(TestSymbols.EurUsd, 1.08450m, 1.08462m, 10_000m, "USD"));

    [Fact]
    public void From_Done_FilledAtTheBrokersPriceWithThePosition()
    {
        var outcome = new OrderOutcome(Guid.NewGuid(), OrderStatus.Done, TradeResultCode.Done, "Executed.", NoErrors, PositionTicket: 7001, Price: 1.08465m, Volume: 0.10m);

        var result = TicketResult.From(outcome, Sent);

        Assert.Equal(TicketResultKind.Filled, result.Kind);
        Assert.Equal("Buy 0.10 EURUSD at 1.08465 · position #7001.", result.Detail);
        Assert.True(result.IsFinal);
        Assert.Equal(outcome.OrderId, result.OrderId);
    }

    [Fact]
    public void From_Unknown_VerifyingAndNotFinal()
    {
        var outcome = new OrderOutcome(Guid.NewGuid(), OrderStatus.Unknown, null, "No answer.", NoErrors);

        var result = TicketResult.From(outcome, Sent);

        Assert.Equal(TicketResultKind.Verifying, result.Kind);
        Assert.Equal("Verifying with the broker…", result.Title);
        Assert.False(result.IsFinal);
    }

    [Fact]
    public void From_Rejected_TheBrokersSentenceAndCode()
    {
        var outcome = new OrderOutcome(Guid.NewGuid(), OrderStatus.Rejected, TradeResultCode.NoMoney, "Not enough free margin.", NoErrors);

        var result = TicketResult.From(outcome, Sent);

        Assert.Equal(TicketResultKind.Rejected, result.Kind);
        Assert.Equal("Not enough free margin.", result.Detail);
        Assert.Equal("NoMoney", result.Code);
        Assert.True(result.IsFinal);
    }

    [Fact]
    public void From_Refused_NotSentAndNotFinal()
    {
        var result = TicketResult.From(OrderOutcome.Refuse("Risk 3 % is above the 2 % limit."), Sent);

        Assert.Equal(TicketResultKind.Refused, result.Kind);
        Assert.Equal("Risk 3 % is above the 2 % limit.", result.Detail);
        Assert.False(result.IsFinal);
    }

    [Fact]
    public void From_DuplicateOfAFill_SaysNothingWasSentAgain()
    {
        var outcome = new OrderOutcome(Guid.NewGuid(), OrderStatus.Done, TradeResultCode.Done, "Executed.", NoErrors, PositionTicket: 7001, Price: 1.08465m, Duplicate: true);

        var result = TicketResult.From(outcome, Sent);

        Assert.EndsWith("This intent was already sent: nothing was sent again.", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void From_PlacedSellLimit_NamesTheOrderTicket()
    {
        var limit = TicketEvaluator.Evaluate(
            new TicketForm { Side = PositionSide.Sell, Type = OrderType.Limit, Price = 1.08600m, Lots = 0.20m },
            new TicketMarket(TestSymbols.EurUsd, 1.08450m, 1.08462m, 10_000m, "USD"));
        var outcome = new OrderOutcome(Guid.NewGuid(), OrderStatus.Placed, TradeResultCode.Placed, "Pending order placed.", NoErrors, OrderTicket: 88);

        var result = TicketResult.From(outcome, limit);

        Assert.Equal(TicketResultKind.Placed, result.Kind);
        Assert.Equal("Sell limit 0.20 EURUSD at 1.08600 · order #88 is waiting at the broker.", result.Detail);
    }

    [Fact]
    public void SettledBy_LaterDoneOfTheVerifiedOrder_Filled()
    {
        var verifying = TicketResult.From(new OrderOutcome(Guid.NewGuid(), OrderStatus.Unknown, null, "No answer.", NoErrors), Sent);

        var settled = verifying.SettledBy(Update(verifying.OrderId!.Value, OrderStatus.Done, price: 1.08466m, position: 7002), 5);

        Assert.Equal(TicketResultKind.Filled, settled!.Kind);
        Assert.Equal("Buy 0.10 EURUSD at 1.08466 · position #7002.", settled.Detail);
    }

    [Fact]
    public void SettledBy_ReconciledAsNotExecuted_SaysSoAndIsFinal()
    {
        var verifying = TicketResult.From(new OrderOutcome(Guid.NewGuid(), OrderStatus.Unknown, null, "No answer.", NoErrors), Sent);

        var settled = verifying.SettledBy(Update(verifying.OrderId!.Value, OrderStatus.NotExecuted), 5);

        Assert.Equal(TicketResultKind.NotExecuted, settled!.Kind);
        Assert.True(settled.IsFinal);
    }

    [Theory]
    [InlineData(OrderStatus.Unknown, false)]
    [InlineData(OrderStatus.Done, true)]
    public void SettledBy_StillUnknownOrAnotherOrder_Nothing(OrderStatus status, bool otherOrder)
    {
        var verifying = TicketResult.From(new OrderOutcome(Guid.NewGuid(), OrderStatus.Unknown, null, "No answer.", NoErrors), Sent);

        Assert.Null(verifying.SettledBy(Update(otherOrder ? Guid.NewGuid() : verifying.OrderId!.Value, status), 5));
    }

    [Fact]
    public void SettledBy_ResultNotVerifying_Nothing()
    {
        var filled = TicketResult.From(new OrderOutcome(Guid.NewGuid(), OrderStatus.Done, TradeResultCode.Done, "Executed.", NoErrors), Sent);

        Assert.Null(filled.SettledBy(Update(filled.OrderId!.Value, OrderStatus.NotExecuted), 5));
    }

    private static TradeUpdate Update(Guid orderId, OrderStatus status, decimal? price = null, long? position = null) =>
        new(GroupKeys.Account(Guid.Empty), DateTimeOffset.UnixEpoch, Guid.Empty, orderId, OrderKind.Open, status, "EURUSD", PositionSide.Buy, 0.10m, price, position, TradeSource.Manual, "");
}
