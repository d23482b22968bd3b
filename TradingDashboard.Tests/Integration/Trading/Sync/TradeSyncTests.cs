using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.Sync;
using static TradingDashboard.Tests.Integration.Trading.Sync.TradeSyncFixture;

namespace TradingDashboard.Tests.Integration.Trading.Sync;

/// <summary>
/// The trade sync against the embedded bridge simulator over HTTP: what a terminal outside the
/// dashboard does to positions (open, partly close, move stops, close) reaches the books, even
/// though no <c>position.closed</c> event is consumed; a failing bridge account stops no other.
/// </summary>
public sealed class TradeSyncTests(TradeSyncFixture fixture) : IClassFixture<TradeSyncFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Background_PositionsAlreadyAtTheBrokerAtStart_AdoptedWithoutBeingAsked()
    {
        // The simulator opens default positions on start; no test touches this account, only the hosted sync does.
        var positions = await fixture.Bridge.PositionsAsync(IdleLogin);
        Assert.NotEmpty(positions);

        foreach (var position in positions)
        {
            var trade = await fixture.WaitForTradeAsync(IdleLogin, Ticket(position), _ => true, Patience);
            Assert.Equal((TradeStatus.Open, position.GetProperty("volume").GetDecimal(), position.GetProperty("symbol").GetString()), (trade.Status, trade.RemainingVolume, trade.Symbol));
        }
    }

    [Fact]
    public async Task Background_PositionOpenedOutsideLater_AdoptedWithoutBeingAsked()
    {
        var ticket = await fixture.Bridge.OpenAsync(SecondLogin, "USDJPY", 1, 0.04m, "phone");

        var trade = await fixture.WaitForTradeAsync(SecondLogin, ticket, _ => true, Patience);

        Assert.Equal((PositionSide.Sell, 0.04m, TradeSource.Manual), (trade.Direction, trade.OpenVolume, trade.Source));
    }

    [Fact]
    public async Task SyncAccount_PositionOpenedOutside_ImportedAsManualFromTheBroker()
    {
        var ticket = await fixture.Bridge.OpenAsync(MainLogin, "EURUSD", 0, 0.20m, "terminal", sl: 1.0m, tp: 1.5m);
        var position = await fixture.Bridge.PositionAsync(MainLogin, ticket);

        var result = await fixture.Sync.SyncAccountAsync(IdOf(MainLogin), None);
        var again = await fixture.Sync.SyncAccountAsync(IdOf(MainLogin), None);

        Assert.Equal(TradeSyncOutcome.Synced, result.Outcome);
        Assert.Equal((TradeSyncOutcome.Synced, 0), (again.Outcome, again.Imported));
        var trade = await fixture.TradeAsync(MainLogin, ticket);
        Assert.NotNull(trade);
        Assert.Equal((TradeStatus.Open, PositionSide.Buy, 0.20m, 0.20m), (trade.Status, trade.Direction, trade.OpenVolume, trade.RemainingVolume));
        Assert.Equal((position.GetProperty("price_open").GetDecimal(), 1.0m, 1.5m), (trade.OpenPrice, trade.StopLoss!.Value, trade.TakeProfit!.Value));
        Assert.Equal((TradeSource.Manual, (string?)null, (Guid?)null), (trade.Source, trade.IdempotencyKey, trade.OpeningOrderId));
        Assert.Equal(position.GetProperty("time").GetInt64(), trade.OpenedAt.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task SyncAccount_PositionCarryingADashboardTag_ImportedWithThatOrdersLineage()
    {
        var key = $"run-sync:{Guid.NewGuid():N}:0";
        var order = await ClosedPositionEvents.OrderAsync(fixture.Contexts, IdOf(MainLogin), key, OrderKind.Open, null, TradeSource.Bot);
        var ticket = await fixture.Bridge.OpenAsync(MainLogin, "GBPUSD", 0, 0.03m, ClientOrderTag.For(key));

        await fixture.Sync.SyncAccountAsync(IdOf(MainLogin), None);

        var trade = await fixture.WaitForTradeAsync(MainLogin, ticket, _ => true, Patience);
        Assert.Equal((TradeSource.Bot, order.LiveRunId, "1.4.2", "signal-17", key, order.Id), (trade.Source, trade.LiveRunId, trade.BotVersion!, trade.CorrelationId!, trade.IdempotencyKey!, trade.OpeningOrderId));
        await fixture.ExecuteAsync(async db => Assert.Equal(trade.Id, (await db.TradeOrders.SingleAsync(o => o.Id == order.Id)).TradeId));
    }

    [Fact]
    public async Task SyncAccount_TradeGoneWithoutAnEvent_ClosedFromTheBrokersDeals()
    {
        var ticket = await fixture.Bridge.OpenAsync(MainLogin, "EURUSD", 1, 0.10m, "terminal");
        await fixture.Sync.SyncAccountAsync(IdOf(MainLogin), None);
        Assert.Equal(TradeStatus.Open, (await fixture.WaitForTradeAsync(MainLogin, ticket, _ => true, Patience)).Status);

        await fixture.Bridge.CloseAsync(MainLogin, ticket, null, "closed in the terminal");
        await fixture.Sync.SyncAccountAsync(IdOf(MainLogin), None);

        var deals = (await fixture.Bridge.DealsAsync(MainLogin)).Where(d => d.GetProperty("position_id").GetInt64() == ticket).ToList();
        var exit = Assert.Single(deals, d => d.GetProperty("entry").GetInt32() == 1);
        var trade = await fixture.WaitForTradeAsync(MainLogin, ticket, t => t.Status == TradeStatus.Closed, Patience);
        Assert.Equal((0m, (CloseReason?)CloseReason.External), (trade.RemainingVolume, trade.CloseReason));
        Assert.Equal(deals.Sum(d => d.GetProperty("profit").GetDecimal()), trade.RealizedProfit);
        Assert.Equal(deals.Sum(d => d.GetProperty("commission").GetDecimal()), trade.Commission);
        Assert.Equal(exit.GetProperty("price").GetDecimal(), trade.ClosePrice);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(exit.GetProperty("time_msc").GetInt64()), trade.ClosedAt);
    }

    [Fact]
    public async Task SyncAccount_PartlyClosedAndStopsMovedOutside_BooksFollowTheBroker()
    {
        var ticket = await fixture.Bridge.OpenAsync(MainLogin, "EURUSD", 0, 0.30m, "terminal");
        await fixture.Sync.SyncAccountAsync(IdOf(MainLogin), None);
        await fixture.WaitForTradeAsync(MainLogin, ticket, _ => true, Patience);

        await fixture.Bridge.CloseAsync(MainLogin, ticket, 0.10m, "partial in the terminal");
        await fixture.Bridge.ModifyAsync(MainLogin, ticket, 0.9m, 1.9m);
        await fixture.Sync.SyncAccountAsync(IdOf(MainLogin), None);

        var exit = Assert.Single(await fixture.Bridge.DealsAsync(MainLogin), d => d.GetProperty("position_id").GetInt64() == ticket && d.GetProperty("entry").GetInt32() == 1);
        var trade = await fixture.WaitForTradeAsync(MainLogin, ticket, t => t.RemainingVolume == 0.20m && t.StopLoss == 0.9m, Patience);
        Assert.Equal((TradeStatus.Open, 0.30m, 1.9m), (trade.Status, trade.OpenVolume, trade.TakeProfit!.Value));
        Assert.Equal(exit.GetProperty("price").GetDecimal(), trade.ClosePrice);
        Assert.Equal(exit.GetProperty("profit").GetDecimal(), trade.RealizedProfit);

        var quiet = await fixture.Sync.SyncAccountAsync(IdOf(MainLogin), None);
        Assert.Equal((TradeSyncOutcome.Synced, 0, 0), (quiet.Outcome, quiet.Updated, quiet.Closed));
    }

    [Fact]
    public async Task SyncAll_OneAccountsBridgeFails_TheOthersAreStillSynced()
    {
        var ticket = await fixture.Bridge.OpenAsync(SecondLogin, "EURUSD", 0, 0.02m, "terminal");
        await fixture.Bridge.SetFaultAsync(FaultyLogin, "error");
        try
        {
            var results = await fixture.Sync.SyncAllAsync(None);

            Assert.Equal(4, results.Count);
            Assert.NotEqual(TradeSyncOutcome.Synced, results.Single(r => r.AccountId == IdOf(FaultyLogin)).Outcome);
            Assert.All(results.Where(r => r.AccountId != IdOf(FaultyLogin)), r => Assert.Equal(TradeSyncOutcome.Synced, r.Outcome));
            Assert.NotNull(await fixture.TradeAsync(SecondLogin, ticket));
        }
        finally
        {
            await fixture.Bridge.SetFaultAsync(FaultyLogin, "none");
        }
    }

    private static long Ticket(JsonElement position) => position.GetProperty("ticket").GetInt64();
}
