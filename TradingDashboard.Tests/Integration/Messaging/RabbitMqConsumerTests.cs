using System.Text;
using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Messaging;

/// <summary>The hosted consumer against a real RabbitMQ broker, fed by a plain RabbitMQ.Client publisher.</summary>
public sealed class RabbitMqConsumerTests(RabbitMqVhostFixture broker) : IClassFixture<RabbitMqVhostFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private ConsumerHost _host = null!;

    public async Task InitializeAsync() => _host = await ConsumerHost.StartAsync(broker.VirtualHost);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Consume_EveryEventTypeFromPlainPublisher_ReachesHub()
    {
        var account = _host.AccountId;
        using var prices = _host.Hub.Subscribe(MarketTopic.Prefix(GroupKeys.PricesPrefix(account)));
        using var accountGroup = _host.Hub.Subscribe(MarketTopic.Group(GroupKeys.Account(account)));
        using var candles = _host.Hub.Subscribe(MarketTopic.Group(GroupKeys.Candles(account, "BTCUSD.a", Core.Domain.Timeframe.M5)));
        var t = TestEvents.BaseTime;

        await _host.PublishAsync(account.ToString(), EventTypes.PriceTick, TestEvents.Tick(account, "btcusd.A", 91000.5m, 91010.25m, t.ToUnixTimeMilliseconds()));
        await _host.PublishAsync(ConsumerHost.SeededLogin, EventTypes.PriceTick, TestEvents.LegacyTick(ConsumerHost.SeededLogin, "EURUSD", 1.08450m, 1.08462m, t.ToUnixTimeMilliseconds()));
        await _host.PublishAsync(account.ToString(), EventTypes.CandleUpdate, TestEvents.Candle(account, "BTCUSD.a", "M5", t.ToUnixTimeSeconds(), 91005m, t));
        await _host.PublishAsync(account.ToString(), EventTypes.AccountInfo, TestEvents.AccountInfo(account, 10_000m, 10_125.40m, t));
        await _host.PublishAsync(account.ToString(), EventTypes.PositionsSnapshot, EventSerializer.Serialize(TestEvents.Envelope(account, EventTypes.PositionsSnapshot, new PositionsSnapshotPayload([
            new PositionRecord(777, t.ToUnixTimeSeconds(), 0, 0, 777, 0.10m, 1.08000m, 1.07500m, 1.09000m, 1.08450m, 0m, 45.00m, "EURUSD", null),
        ]))));
        await _host.PublishAsync(account.ToString(), EventTypes.PositionClosed, TestEvents.PositionClosed(account, 778, Guid.NewGuid()));

        var quotes = await CollectAsync<QuoteUpdate>(prices, 2);
        Assert.Equal(["EURUSD", "btcusd.A"], quotes.Select(q => q.Tick.Symbol).Order(StringComparer.Ordinal));
        Assert.Equal(91005m, Assert.Single(await CollectAsync<CandleBarUpdate>(candles, 1)).Candle.Close);
        var accountUpdates = await CollectAsync<MarketUpdate>(accountGroup, 3);
        Assert.Equal(10_125.40m, accountUpdates.OfType<AccountSnapshotUpdate>().Single().Snapshot.Equity);
        Assert.Equal(777, accountUpdates.OfType<PositionsUpdate>().Single().Snapshot.Positions.Single().Ticket);
        Assert.Equal(778, accountUpdates.OfType<PositionClosedUpdate>().Single().PositionId);
    }

    [Fact]
    public async Task Consume_InvalidMessage_DeadLetteredWithReasonAndConsumerKeepsGoing()
    {
        var account = _host.AccountId;
        var missingBid = """{"event_id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","event_version":1,"type":"price.tick","internal_account_id":"ACCOUNT","occurred_at":"2026-11-20T10:00:00Z","payload":{"symbol":"EURUSD","ask":1.1,"time":1763632800}}"""
            .Replace("ACCOUNT", account.ToString(), StringComparison.Ordinal);

        await _host.PublishAsync(account.ToString(), EventTypes.PriceTick, Encoding.UTF8.GetBytes(missingBid));
        await _host.PublishAsync(account.ToString(), EventTypes.PriceTick, Encoding.UTF8.GetBytes("not json at all"));
        await _host.PublishAsync(account.ToString(), EventTypes.PriceTick, TestEvents.Tick(account, "EURUSD", 1.1m, 1.2m, TestEvents.BaseTime.ToUnixTimeMilliseconds()));

        Assert.Equal(2u, await broker.WaitForMessageCountAsync("backend.mt5.events.dlq", 2, Patience));
        var dead = await broker.GetMessagesAsync("backend.mt5.events.dlq");
        Assert.Equal(["missing_field", "malformed_json"], dead.Select(d => d.Header("x-reject-reason")));
        Assert.Contains("payload.bid", dead[0].Header("x-reject-detail"), StringComparison.Ordinal);
        Assert.Equal(missingBid, Encoding.UTF8.GetString(dead[0].Body));
        Assert.Equal($"account.{account}.price.tick", dead[0].RoutingKey);
        Assert.True(await ConsumerHost.WaitUntilAsync(() => _host.Metrics.Snapshot().Applied == 1, Patience), "a valid message after bad ones was not applied");
    }

    [Fact]
    public async Task Consume_SameEventIdPublishedTwice_TakesEffectOnce()
    {
        var account = _host.AccountId;
        var tickId = Guid.NewGuid();
        var closedId = Guid.NewGuid();
        var tick = TestEvents.Tick(account, "EURUSD", 1.1m, 1.2m, TestEvents.BaseTime.ToUnixTimeMilliseconds(), tickId);
        var closed = TestEvents.PositionClosed(account, 901, closedId);

        for (var i = 0; i < 2; i++)
        {
            await _host.PublishAsync(account.ToString(), EventTypes.PriceTick, tick);
            await _host.PublishAsync(account.ToString(), EventTypes.PositionClosed, closed);
        }

        Assert.True(await ConsumerHost.WaitUntilAsync(() => _host.Metrics.Snapshot().Received == 4, Patience));
        var stats = _host.Metrics.Snapshot();
        Assert.Equal((2L, 2L), (stats.Applied, stats.Duplicates));
        await using var db = _host.Database.CreateDbContext();
        Assert.Equal(1, await db.ClosedPositions.CountAsync(p => p.PositionId == 901));
        Assert.Equal(1, await db.InboxMessages.CountAsync(m => m.EventId == closedId));
    }

    [Fact]
    public async Task Consume_BrokerCancelsConsumer_ReconnectsAndKeepsConsuming()
    {
        await using (var admin = await broker.CreateChannelAsync())
        {
            // Deleting the queue makes the broker cancel the consumer; connection recovery would not notice.
            await admin.QueueDeleteAsync("backend.mt5.events", ifUnused: false, ifEmpty: false);
        }

        Assert.True(await ConsumerHost.WaitUntilAsync(() => QueueHasConsumerAsync().GetAwaiter().GetResult(), Patience), "the consumer did not come back");
        await _host.PublishAsync(_host.AccountId.ToString(), EventTypes.PriceTick, TestEvents.Tick(_host.AccountId, "EURUSD", 1.1m, 1.2m, TestEvents.BaseTime.ToUnixTimeMilliseconds()));

        Assert.True(await ConsumerHost.WaitUntilAsync(() => _host.Metrics.Snapshot().Applied == 1, Patience));
    }

    private async Task<bool> QueueHasConsumerAsync()
    {
        try
        {
            await using var channel = await broker.CreateChannelAsync();
            return (await channel.QueueDeclarePassiveAsync("backend.mt5.events")).ConsumerCount > 0;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return false;
        }
    }

    private static async Task<List<T>> CollectAsync<T>(IMarketSubscription subscription, int count)
        where T : MarketUpdate
    {
        using var timeout = new CancellationTokenSource(Patience);
        var collected = new List<T>();
        while (collected.Count < count)
        {
            collected.AddRange((await subscription.ReadAsync(timeout.Token)).OfType<T>());
        }

        return collected;
    }
}
