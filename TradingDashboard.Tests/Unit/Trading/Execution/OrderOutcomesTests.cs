using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.Execution;

namespace TradingDashboard.Tests.Unit.Trading.Execution;

public class OrderOutcomesTests
{
    private static readonly Guid AccountId = Guid.Parse("11111111-2222-3333-4444-555555555555");

    [Fact]
    public void ForUsedKey_SameIntent_ReturnsTheEarlierOrderAsDuplicate()
    {
        var earlier = Stored(OrderKind.Open, OrderStatus.Done);
        var again = new OpenOrderIntent(AccountId, "eurusd", PositionSide.Buy, OrderType.Market, 0.2m, null, null, null, "k1", TradeLineage.ManualBy("u"));

        var outcome = OrderOutcomes.ForUsedKey(earlier, IntentSignature.For(again));

        Assert.True(outcome.Duplicate);
        Assert.Equal(earlier.Id, outcome.OrderId);
        Assert.Equal(OrderStatus.Done, outcome.Status);
        Assert.Equal(4711, outcome.PositionTicket);
    }

    [Theory]
    [InlineData("GBPUSD", PositionSide.Buy, OrderType.Market)]
    [InlineData("EURUSD", PositionSide.Sell, OrderType.Market)]
    [InlineData("EURUSD", PositionSide.Buy, OrderType.Limit)]
    public void ForUsedKey_AnotherOpenIntent_IsRefused(string symbol, PositionSide side, OrderType type)
    {
        var other = new OpenOrderIntent(AccountId, symbol, side, type, 0.2m, 1.2m, null, null, "k1", TradeLineage.ManualBy("u"));

        var outcome = OrderOutcomes.ForUsedKey(Stored(OrderKind.Open, OrderStatus.Done), IntentSignature.For(other));

        Assert.Equal(OrderStatus.Refused, outcome.Status);
        Assert.Null(outcome.OrderId);
        Assert.StartsWith("The idempotency key 'k1' was already used for another order (Buy Market EURUSD on account 11111111-2222-3333-4444-555555555555)", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForUsedKey_AnotherAccountOrKind_IsRefused()
    {
        var otherAccount = new OpenOrderIntent(Guid.NewGuid(), "EURUSD", PositionSide.Buy, OrderType.Market, 0.2m, null, null, null, "k1", TradeLineage.ManualBy("u"));
        var close = new CloseIntent(AccountId, 4711, null, "k1", CloseReason.Manual, TradeLineage.ManualBy("u"));

        Assert.Equal(OrderStatus.Refused, OrderOutcomes.ForUsedKey(Stored(OrderKind.Open, OrderStatus.Done), IntentSignature.For(otherAccount)).Status);
        Assert.Equal(OrderStatus.Refused, OrderOutcomes.ForUsedKey(Stored(OrderKind.Open, OrderStatus.Done), IntentSignature.For(close)).Status);
    }

    [Fact]
    public void ForUsedKey_PartialCloseResubmittedAsTheSamePosition_IsADuplicate()
    {
        var earlier = Stored(OrderKind.PartialClose, OrderStatus.Unknown);
        var again = new CloseIntent(AccountId, 4711, 0.1m, "k1", CloseReason.PartialClose, TradeLineage.ManualBy("u"));

        var outcome = OrderOutcomes.ForUsedKey(earlier, IntentSignature.For(again));

        Assert.True(outcome.Duplicate);
        Assert.Equal(OrderStatus.Unknown, outcome.Status);
    }

    private static TradeOrder Stored(OrderKind kind, OrderStatus status) => new()
    {
        Id = Guid.NewGuid(),
        AccountId = AccountId,
        IdempotencyKey = "k1",
        ClientTag = ClientOrderTag.For("k1"),
        Kind = kind,
        Status = status,
        Symbol = "EURUSD",
        Direction = PositionSide.Buy,
        OrderType = OrderType.Market,
        Volume = 0.2m,
        PositionTicket = 4711,
        RequestedBy = "u",
        Message = "Bought 0.2 EURUSD.",
    };
}
