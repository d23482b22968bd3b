using Microsoft.Extensions.Options;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Tests.Unit.Streaming;

public sealed class MarketHubTests
{
    private static readonly Guid AccountA = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid AccountB = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Publish_ExactGroup_ReachesOnlyThatGroupsSubscribers()
    {
        var hub = CreateHub();
        using var eurusd = hub.Subscribe(MarketTopic.Group(GroupKeys.Prices(AccountA, "EURUSD")));
        using var other = hub.Subscribe(MarketTopic.Group(GroupKeys.Prices(AccountB, "EURUSD")));

        hub.Publish(Quote(AccountA, "EURUSD", 1.08450m));

        var batch = await eurusd.ReadAsync(Timeout());
        Assert.Equal(1.08450m, Assert.IsType<QuoteUpdate>(Assert.Single(batch)).Tick.Bid);
        Assert.Empty(other.Drain());
    }

    [Fact]
    public async Task Subscribe_AfterPublish_DeliversLastValueFirst()
    {
        var hub = CreateHub();
        hub.Publish(Quote(AccountA, "EURUSD", 1.08000m));
        hub.Publish(Quote(AccountA, "EURUSD", 1.08100m));
        hub.Publish(Quote(AccountA, "XAUUSD", 2650.10m));

        using var watch = hub.Subscribe(MarketTopic.Prefix(GroupKeys.PricesPrefix(AccountA)));
        var batch = await watch.ReadAsync(Timeout());

        var bids = batch.Cast<QuoteUpdate>().ToDictionary(q => q.Tick.Symbol, q => q.Tick.Bid);
        Assert.Equal(2, bids.Count);
        Assert.Equal(1.08100m, bids["EURUSD"]);
        Assert.Equal(2650.10m, bids["XAUUSD"]);
    }

    [Fact]
    public async Task Publish_ManyUpdatesBeforeRead_ReaderGetsOnlyNewestPerKey()
    {
        var hub = CreateHub();
        using var subscription = hub.Subscribe(MarketTopic.Group(GroupKeys.Prices(AccountA, "EURUSD")));

        for (var i = 0; i < 1_000; i++)
        {
            hub.Publish(Quote(AccountA, "EURUSD", 1.08000m + (i * 0.00001m)));
        }

        var batch = await subscription.ReadAsync(Timeout());
        Assert.Equal(1.08999m, Assert.IsType<QuoteUpdate>(Assert.Single(batch)).Tick.Bid);
    }

    [Fact]
    public async Task Publish_SubscriberThatNeverReads_DoesNotBlockOthersOrGrow()
    {
        var hub = CreateHub(capacity: 8);
        using var stuck = hub.Subscribe(MarketTopic.Prefix(GroupKeys.PricesPrefix(AccountA)));
        using var reader = hub.Subscribe(MarketTopic.Group(GroupKeys.Prices(AccountA, "SYM0")));
        var received = new List<decimal>();

        for (var round = 0; round < 200; round++)
        {
            for (var symbol = 0; symbol < 20; symbol++)
            {
                hub.Publish(Quote(AccountA, $"SYM{symbol}", 1m + round));
            }

            received.AddRange((await reader.ReadAsync(Timeout())).Cast<QuoteUpdate>().Select(q => q.Tick.Bid));
        }

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (decimal)i), received);
        var pending = stuck.Drain();
        Assert.Equal(8, pending.Count);
        Assert.True(stuck.Dropped > 0);
        Assert.All(pending, u => Assert.Equal(200m, ((QuoteUpdate)u).Tick.Bid));
    }

    [Fact]
    public void Seed_LiveUpdateArrivedFirst_KeepsTheLiveUpdate()
    {
        var cachedThenLive = new SubscriberBuffer(MarketTopic.Group(GroupKeys.Account(AccountA)), 8, _ => { });
        var older = Quote(AccountA, "EURUSD", 1.0800m);
        var newer = Quote(AccountA, "EURUSD", 1.0900m);

        // A publish can reach a just-registered buffer before the subscribe call seeds it from the cache.
        cachedThenLive.Offer(newer);
        cachedThenLive.Seed(older);

        Assert.Equal(1.0900m, ((QuoteUpdate)Assert.Single(cachedThenLive.Drain())).Tick.Bid);
    }

    [Fact]
    public void Dispose_Subscription_StopsDeliveryAndUnregisters()
    {
        var hub = CreateHub();
        var subscription = hub.Subscribe(MarketTopic.Group(GroupKeys.Account(AccountA)));
        Assert.Equal(1, hub.SubscriberCount);

        subscription.Dispose();
        hub.Publish(Quote(AccountA, "EURUSD", 1.1m));

        Assert.Equal(0, hub.SubscriberCount);
        Assert.Empty(subscription.Drain());
    }

    [Fact]
    public async Task Publish_CandleRevisionsAndNewBar_KeepsClosingRevisionOfPreviousBar()
    {
        var hub = CreateHub();
        var group = GroupKeys.Candles(AccountA, "EURUSD", Timeframe.M1);
        using var subscription = hub.Subscribe(MarketTopic.Group(group));
        hub.Publish(Bar(group, Now, close: 1.0801m));
        hub.Publish(Bar(group, Now, close: 1.0805m));
        hub.Publish(Bar(group, Now.AddMinutes(1), close: 1.0806m));

        var bars = (await subscription.ReadAsync(Timeout())).Cast<CandleBarUpdate>().Select(b => (b.Candle.Time, b.Candle.Close)).ToList();

        Assert.Equal([(Now, 1.0805m), (Now.AddMinutes(1), 1.0806m)], bars);
    }

    [Fact]
    public void GroupKeys_LowercaseSymbol_UppercasedInKeyOnly()
    {
        Assert.Equal($"prices_{AccountA:D}_BTCUSD.A", GroupKeys.Prices(AccountA, "btcusd.A"));
        Assert.Equal($"candles_{AccountA:D}_BTCUSD.A_M5", GroupKeys.Candles(AccountA, "BTCUSD.a", Timeframe.M5));
        Assert.Equal($"account_{AccountA:D}", GroupKeys.Account(AccountA));
    }

    private static MarketHub CreateHub(int capacity = 512) =>
        new(new LastValueCache(), Options.Create(new StreamingOptions { SubscriberBufferCapacity = capacity }));

    private static QuoteUpdate Quote(Guid account, string symbol, decimal bid) =>
        new(GroupKeys.Prices(account, symbol), Now, new Tick(account, symbol, bid, bid + 0.0001m, 0, 0, Now, Now.ToUnixTimeMilliseconds(), 6), bid);

    private static CandleBarUpdate Bar(string group, DateTimeOffset time, decimal close) =>
        new(group, Now, new Candle(AccountA, "EURUSD", Timeframe.M1, time, close, close, close, close, 1, 1, 0, false));

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token;
}
