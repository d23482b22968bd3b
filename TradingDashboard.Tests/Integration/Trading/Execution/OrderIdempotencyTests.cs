using TradingDashboard.Core.Access;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Tests.Integration.Trading.Execution;

/// <summary>One intent, one order: a key submitted twice never reaches the bridge twice.</summary>
public sealed class OrderIdempotencyTests(TradingPipelineFixture fixture) : IClassFixture<TradingPipelineFixture>
{
    private const string Login = TradingPipelineFixture.MainLogin;
    private static readonly Guid AccountId = TradingPipelineFixture.MainId;

    [Fact]
    public async Task PlaceOrderAsync_SameKeyTwiceConcurrently_RecordsAndSendsOneOrder()
    {
        var key = $"ticket:{Guid.NewGuid():N}";
        var intent = await BuyEurUsdAsync(key);

        var outcomes = await Task.WhenAll(
            Task.Run(() => fixture.Trading.PlaceOrderAsync(AccessUser.System, intent, CancellationToken.None)),
            Task.Run(() => fixture.Trading.PlaceOrderAsync(AccessUser.System, intent, CancellationToken.None)));

        var original = Assert.Single(outcomes, o => !o.Duplicate);
        var duplicate = Assert.Single(outcomes, o => o.Duplicate);
        Assert.Equal(OrderStatus.Done, original.Status);
        Assert.Equal(original.OrderId, duplicate.OrderId);
        var row = Assert.Single(await fixture.OrdersAsync(key));
        Assert.Equal(OrderStatus.Done, row.Status);
        Assert.Equal(TradingPipelineFixture.Tag(key), row.ClientTag);
        var position = Assert.Single(await fixture.BridgePositionsAsync(Login), p => TradingPipelineFixture.Carries(p, key));
        Assert.Equal(original.PositionTicket, position.GetProperty("ticket").GetInt64());
        Assert.Single(await fixture.BridgeDealsAsync(Login), d => TradingPipelineFixture.Carries(d, key));

        var trade = await fixture.TradeAsync(AccountId, original.PositionTicket!.Value);
        Assert.NotNull(trade);
        Assert.Equal(TradeStatus.Open, trade.Status);
        Assert.Equal(key, trade.IdempotencyKey);
        Assert.Equal(row.Id, trade.OpeningOrderId);
        Assert.Equal(TradeSource.Manual, trade.Source);
        Assert.Equal("ticket-42", trade.CorrelationId);
        Assert.Equal(0.1m, trade.OpenVolume);
        Assert.Equal(0.1m, trade.RemainingVolume);
        Assert.Equal(row.TradeId, trade.Id);
    }

    [Fact]
    public async Task PlaceOrderAsync_SameKeyAfterItWasDone_ReturnsTheEarlierOrderAndSendsNothing()
    {
        var key = $"ticket:{Guid.NewGuid():N}";
        var intent = await BuyEurUsdAsync(key);
        var first = await fixture.Trading.PlaceOrderAsync(AccessUser.System, intent, CancellationToken.None);
        var dealsBefore = (await fixture.BridgeDealsAsync(Login)).Count;

        var again = await fixture.Trading.PlaceOrderAsync(AccessUser.System, intent, CancellationToken.None);

        Assert.Equal(OrderStatus.Done, first.Status);
        Assert.True(again.Duplicate);
        Assert.Equal(first.OrderId, again.OrderId);
        Assert.Equal(first.PositionTicket, again.PositionTicket);
        Assert.Equal(dealsBefore, (await fixture.BridgeDealsAsync(Login)).Count);
        Assert.Single(await fixture.OrdersAsync(key));
    }

    [Fact]
    public async Task PlaceOrderAsync_KeyAlreadyUsedForAnotherIntent_IsRefusedAndNothingIsSent()
    {
        var key = $"ticket:{Guid.NewGuid():N}";
        var first = await fixture.Trading.PlaceOrderAsync(AccessUser.System, await BuyEurUsdAsync(key), CancellationToken.None);
        var dealsBefore = (await fixture.BridgeDealsAsync(Login)).Count;
        var other = new OpenOrderIntent(AccountId, "GBPUSD", PositionSide.Sell, OrderType.Market, 0.1m, null, null, null, key, TradeLineage.ManualBy("trader-1"));

        var outcome = await fixture.Trading.PlaceOrderAsync(AccessUser.System, other, CancellationToken.None);

        Assert.Equal(OrderStatus.Done, first.Status);
        Assert.Equal(OrderStatus.Refused, outcome.Status);
        Assert.False(outcome.Duplicate);
        Assert.Contains($"The idempotency key '{key}' was already used for another order (Buy Market EURUSD", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(dealsBefore, (await fixture.BridgeDealsAsync(Login)).Count);
        Assert.Single(await fixture.OrdersAsync(key));
    }

    [Fact]
    public async Task ClosePositionAsync_PartialThenWhole_BooksEachStepOnTheTrade()
    {
        var opened = await fixture.Trading.PlaceOrderAsync(AccessUser.System, await BuyEurUsdAsync($"open:{Guid.NewGuid():N}"), CancellationToken.None);
        var ticket = opened.PositionTicket!.Value;
        var lineage = TradeLineage.ManualBy("trader-1");

        var partial = await fixture.Trading.ClosePositionAsync(AccessUser.System, new CloseIntent(AccountId, ticket, 0.04m, $"part:{ticket}", CloseReason.PartialClose, lineage), CancellationToken.None);
        var afterPartial = await fixture.TradeAsync(AccountId, ticket);
        var whole = await fixture.Trading.ClosePositionAsync(AccessUser.System, new CloseIntent(AccountId, ticket, null, $"close:{ticket}", CloseReason.Manual, lineage), CancellationToken.None);
        var closed = await fixture.TradeAsync(AccountId, ticket);

        Assert.Equal(OrderStatus.Done, partial.Status);
        Assert.Equal(0.06m, afterPartial?.RemainingVolume);
        Assert.Equal(TradeStatus.Open, afterPartial?.Status);
        Assert.Equal(OrderStatus.Done, whole.Status);
        Assert.NotNull(closed);
        Assert.Equal(TradeStatus.Closed, closed.Status);
        Assert.Equal(0m, closed.RemainingVolume);
        Assert.Equal(CloseReason.Manual, closed.CloseReason);
        Assert.NotNull(closed.ClosedAt);
        Assert.NotNull(closed.ClosePrice);
        Assert.DoesNotContain(await fixture.BridgePositionsAsync(TradingPipelineFixture.MainLogin), p => p.GetProperty("ticket").GetInt64() == ticket);
    }

    [Fact]
    public async Task PlaceOrderAsync_UserNotAssignedToTheAccount_IsDeniedBeforeAnything()
    {
        var key = $"ticket:{Guid.NewGuid():N}";
        var stranger = new AccessUser("someone-else", "someone-else", IsAdmin: false);

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.Trading.PlaceOrderAsync(stranger, new OpenOrderIntent(
            AccountId, "EURUSD", PositionSide.Buy, OrderType.Market, 0.1m, null, null, null, key, TradeLineage.ManualBy("someone-else")), CancellationToken.None));

        Assert.Equal(AccessDeniedReason.NotAssigned, denied.Reason);
        Assert.Empty(await fixture.OrdersAsync(key));
    }

    // 0.1 lots with a stop 100 pips away: 100 USD at risk on 100,000, well inside 2 %.
    private async Task<OpenOrderIntent> BuyEurUsdAsync(string key)
    {
        var quote = await fixture.WaitForQuoteAsync(AccountId, "EURUSD", DateTimeOffset.MinValue, TimeSpan.FromSeconds(30));
        return new OpenOrderIntent(
            AccountId, "EURUSD", PositionSide.Buy, OrderType.Market, 0.1m, null, quote.Tick.Bid - 0.01m, null, key,
            TradeLineage.ManualBy("trader-1", "ticket-42"));
    }
}
