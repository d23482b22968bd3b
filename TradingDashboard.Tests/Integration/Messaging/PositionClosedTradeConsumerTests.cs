using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading;
using TradingDashboard.Tests.Infrastructure;
using static TradingDashboard.Tests.Integration.Trading.Sync.ClosedPositionEvents;

namespace TradingDashboard.Tests.Integration.Messaging;

/// <summary>
/// <c>position.closed</c> delivered more than once through a real RabbitMQ broker to the hosted
/// consumer: the trade it closes counts its result once, whether the same event comes twice or
/// the bridge reports the same close under a second event id.
/// </summary>
public sealed class PositionClosedTradeConsumerTests(RabbitMqVhostFixture broker) : IClassFixture<RabbitMqVhostFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private ConsumerHost _host = null!;

    public async Task InitializeAsync() => _host = await ConsumerHost.StartAsync(broker.VirtualHost);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Consume_SameCloseTwiceThenUnderAnotherEventId_TradeClosedOnceProfitCountedOnce()
    {
        var account = _host.AccountId;
        var trade = await OpenTradeAsync(_host.Database, account, 8801, 0.10m, TradeSource.Bot);
        var eventId = Guid.NewGuid();
        DealRecord[] deals = [Entry(8801, 0.10m, 1.08000m), Exit(8801, 1, 0.10m, 1.08250m, 25m, DealReason.TakeProfit, 60, "[tp 1.08250]")];
        var body = Body(account, 8801, eventId, deals);
        await using var publisher = await ConfirmingPublisher.OpenAsync(broker.CreateConnectionFactory());

        await publisher.PublishAsync(account, EventTypes.PositionClosed, body);
        await publisher.PublishAsync(account, EventTypes.PositionClosed, body);
        Assert.True(await ConsumerHost.WaitUntilAsync(() => _host.Metrics.Snapshot().Received == 2, Patience), "both deliveries were not consumed");
        var afterDuplicate = await TradeAsync(_host.Database, account, 8801);

        await publisher.PublishAsync(account, EventTypes.PositionClosed, Body(account, 8801, Guid.NewGuid(), deals));
        Assert.True(await ConsumerHost.WaitUntilAsync(() => _host.Metrics.Snapshot().Received == 3, Patience), "the second event id was not consumed");

        var stats = _host.Metrics.Snapshot();
        Assert.Equal((2L, 1L), (stats.Applied, stats.Duplicates));
        var closed = await TradeAsync(_host.Database, account, 8801);
        foreach (var state in new[] { afterDuplicate, closed })
        {
            Assert.Equal((trade.Id, TradeStatus.Closed, 0m), (state.Id, state.Status, state.RemainingVolume));
            Assert.Equal((25m, -0.12m, -0.70m, 1.0825m), (state.RealizedProfit, state.Swap, state.Commission, state.ClosePrice!.Value));
            Assert.Equal((CloseReason?)CloseReason.TakeProfit, state.CloseReason);
            Assert.Equal(TradeSource.Bot, state.Source);
        }

        await using var db = _host.Database.CreateDbContext();
        Assert.Equal(1, await db.Trades.CountAsync(t => t.PositionTicket == 8801));
        Assert.Equal(1, await db.ClosedPositions.CountAsync(p => p.PositionId == 8801));
        Assert.Equal(2, await db.InboxMessages.CountAsync(m => m.AccountId == account));
    }
}
