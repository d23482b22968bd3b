using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Tests.Integration.Trading.Execution;

/// <summary>A lost answer makes an order Unknown; reconciliation settles it from the broker's books, never by sending it again.</summary>
public sealed class UnknownOutcomeTests(TradingPipelineFixture fixture) : IClassFixture<TradingPipelineFixture>
{
    private const string Login = TradingPipelineFixture.MainLogin;
    private static readonly Guid AccountId = TradingPipelineFixture.MainId;

    [Fact]
    public async Task PlaceOrderAsync_BridgeAcceptsThenTimesOut_IsUnknownUntilReconciledToDone_AndIsNeverResent()
    {
        var key = $"ticket:{Guid.NewGuid():N}";
        var quote = await fixture.WaitForQuoteAsync(AccountId, "EURUSD", DateTimeOffset.MinValue, TimeSpan.FromSeconds(30));
        var intent = new OpenOrderIntent(AccountId, "EURUSD", PositionSide.Buy, OrderType.Market, 0.2m, null, quote.Tick.Bid - 0.01m, null, key, TradeLineage.ManualBy("trader-1"));
        using var updates = fixture.Server.Services.GetRequiredService<IMarketHub>().Subscribe(MarketTopic.Group(GroupKeys.Account(AccountId)));
        updates.Drain();
        var dealsBefore = (await fixture.BridgeDealsAsync(Login)).Count;
        await fixture.SetFaultAsync(Login, "accept_then_timeout", latencyMs: TradingPipelineFixture.OrderTimeoutMs * 3, count: 1);

        var outcome = await fixture.Trading.PlaceOrderAsync(AccessUser.System, intent, CancellationToken.None);

        Assert.Equal(OrderStatus.Unknown, outcome.Status);
        Assert.Contains("verifying with the broker", outcome.Message, StringComparison.Ordinal);
        Assert.Null(outcome.PositionTicket);
        Assert.Contains(updates.Drain().OfType<TradeUpdate>(), u => u.OrderId == outcome.OrderId && u.Status == OrderStatus.Unknown);

        await fixture.Trading.ReconcileAsync(AccessUser.System, AccountId, CancellationToken.None);

        var row = Assert.Single(await fixture.OrdersAsync(key));
        Assert.Equal(OrderStatus.Done, row.Status);
        var position = Assert.Single(await fixture.BridgePositionsAsync(Login), p => TradingPipelineFixture.Carries(p, key));
        Assert.Equal(position.GetProperty("ticket").GetInt64(), row.PositionTicket);
        Assert.Equal(0.2m, row.FilledVolume);
        Assert.Equal(position.GetProperty("price_open").GetDecimal(), row.FillPrice);
        var trade = await fixture.TradeAsync(AccountId, row.PositionTicket!.Value);
        Assert.Equal(row.Id, trade?.OpeningOrderId);
        Assert.Contains(updates.Drain().OfType<TradeUpdate>(), u => u.OrderId == row.Id && u.Status == OrderStatus.Done);

        // Past the held reply and another reconciliation: still exactly one order at the bridge.
        await Task.Delay(TradingPipelineFixture.OrderTimeoutMs * 3);
        await fixture.Trading.ReconcileAsync(AccessUser.System, AccountId, CancellationToken.None);
        var deals = await fixture.BridgeDealsAsync(Login);
        var ours = Assert.Single(deals, d => TradingPipelineFixture.Carries(d, key));
        Assert.Equal((int)DealEntry.In, ours.GetProperty("entry").GetInt32());
        Assert.Equal(dealsBefore + 1, deals.Count);
        Assert.Single(await fixture.BridgePositionsAsync(Login), p => TradingPipelineFixture.Carries(p, key));
        Assert.Equal(OrderStatus.Done, Assert.Single(await fixture.OrdersAsync(key)).Status);
    }

    [Fact]
    public async Task ReconcileAsync_UnknownOrderTheBrokerNeverSaw_StaysUnknownThenGivesUpAsNotExecuted()
    {
        var key = $"lost:{Guid.NewGuid():N}";
        var order = LostOrder(key, OrderStatus.Unknown);
        await fixture.InsertOrderAsync(order);

        await fixture.Trading.ReconcileAsync(AccessUser.System, AccountId, CancellationToken.None);
        var young = await fixture.OrderAsync(order.Id);
        await fixture.AgeOrderAsync(order.Id, TimeSpan.FromMinutes(3));
        await fixture.Trading.ReconcileAsync(AccessUser.System, AccountId, CancellationToken.None);
        var old = await fixture.OrderAsync(order.Id);

        Assert.Equal(OrderStatus.Unknown, young.Status);
        Assert.Equal(OrderStatus.NotExecuted, old.Status);
        Assert.Contains("the broker has no trace of this order; it was not executed", old.Message, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(old.CompletedAt);
        Assert.DoesNotContain(await fixture.BridgeDealsAsync(Login), d => TradingPipelineFixture.Carries(d, key));
    }

    [Fact]
    public async Task ReconcileAsync_RecordedOrderLongAfterItsSend_IsVerifiedAsUnknown()
    {
        // A row left Recorded by a crash between recording and the answer.
        var order = LostOrder($"crash:{Guid.NewGuid():N}", OrderStatus.Recorded);
        await fixture.InsertOrderAsync(order);
        await fixture.AgeOrderAsync(order.Id, TimeSpan.FromSeconds(90));

        await fixture.Trading.ReconcileAsync(AccessUser.System, AccountId, CancellationToken.None);

        Assert.Equal(OrderStatus.Unknown, (await fixture.OrderAsync(order.Id)).Status);
    }

    private static TradeOrder LostOrder(string key, OrderStatus status) => new()
    {
        Id = Guid.NewGuid(),
        AccountId = AccountId,
        IdempotencyKey = key,
        ClientTag = ClientOrderTag.For(key),
        Kind = OrderKind.Open,
        Status = status,
        Symbol = "EURUSD",
        Direction = PositionSide.Sell,
        OrderType = OrderType.Market,
        Volume = 0.1m,
        RequestedBy = "trader-1",
        CreatedAt = DateTimeOffset.UtcNow,
        SentAt = status == OrderStatus.Unknown ? DateTimeOffset.UtcNow : null,
    };
}
