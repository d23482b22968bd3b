using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Candles;
using TradingDashboard.Core.Connectors.Mt5Bridge;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Candles;

/// <summary>
/// The candle series against the real dashboard: the embedded simulator over HTTP for history and
/// subscriptions, RabbitMQ for live bars. Each test uses its own symbol, so the counts stay its own.
/// </summary>
public class CandleSeriesServiceTests(CandlesDashboardFixture fixture) : IClassFixture<CandlesDashboardFixture>
{
    private static readonly Guid AccountId = CandlesDashboardFixture.AccountId;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task OpenAsync_FreshSimulatorOtherCasing_LoadsHistoryInBrokerCasingWithDigits()
    {
        await using var lease = await fixture.Candles.OpenAsync(await fixture.Dashboard.AdminAsync(), AccountId, "btcusd.a", Timeframe.M5, CancellationToken.None);

        var bars = lease.Snapshot();
        Assert.Equal(new CandleSeriesKey(AccountId, "BTCUSD.a", Timeframe.M5), lease.Key);
        Assert.Equal("BTCUSD.a", lease.Key.Symbol);
        Assert.Equal(2, lease.Digits);
        Assert.Equal(500, bars.Count);
        Assert.All(bars.Zip(bars.Skip(1)), p => Assert.Equal(TimeSpan.FromMinutes(5), p.Second.Time - p.First.Time));
        Assert.All(bars, b => Assert.Equal(("BTCUSD.a", Timeframe.M5, AccountId), (b.Symbol, b.Timeframe, b.AccountId)));
        Assert.All(bars.SkipLast(1), b => Assert.True(b.IsComplete));
    }

    [Fact]
    public async Task OpenAsync_TwoLeasesOnOneKey_BridgeHoldsOneSubscriptionPerKindUntilTheLastLeaves()
    {
        var admin = await fixture.Dashboard.AdminAsync();
        Assert.Equal((0, 0, 0), await fixture.SubscriptionCountsAsync("XAGUSD", "M15"));

        var first = await fixture.Candles.OpenAsync(admin, AccountId, "XAGUSD", Timeframe.M15, CancellationToken.None);
        var afterFirst = await fixture.SubscriptionCountsAsync("XAGUSD", "M15");
        var second = await fixture.Candles.OpenAsync(admin, AccountId, "xagusd", Timeframe.M15, CancellationToken.None);
        var afterSecond = await fixture.SubscriptionCountsAsync("XAGUSD", "M15");
        await first.DisposeAsync();
        var afterFirstLeft = await fixture.SubscriptionCountsAsync("XAGUSD", "M15");
        await second.DisposeAsync();
        await second.DisposeAsync();
        var afterBothLeft = await fixture.SubscriptionCountsAsync("XAGUSD", "M15");

        Assert.Equal((1, 1, 1), afterFirst);
        Assert.Equal((1, 1, 1), afterSecond);
        Assert.Equal((1, 1, 1), afterFirstLeft);
        Assert.Equal((0, 0, 0), afterBothLeft);
    }

    [Fact]
    public async Task OpenAsync_CandleUpdatePublishedToRabbitMq_AppearsAsTheLastBar()
    {
        await using var lease = await fixture.Candles.OpenAsync(await fixture.Dashboard.AdminAsync(), AccountId, "GER40", Timeframe.H1, CancellationToken.None);
        var forming = lease.Snapshot()[^1];
        var next = forming.Time.AddHours(1);

        await fixture.PublishAsync(AccountId, EventTypes.CandleUpdate, TestEvents.Candle(AccountId, "GER40", "H1", next.ToUnixTimeSeconds(), 19_777.25m, DateTimeOffset.UtcNow));
        var bars = await WaitForAsync(() => lease.Snapshot(), b => b[^1].Time == next);

        Assert.Equal((next, 19_777.25m, 19_778.25m, 10L), (bars[^1].Time, bars[^1].Close, bars[^1].High, bars[^1].TickVolume));
        Assert.Equal(forming.Time, bars[^2].Time);
        Assert.True(bars[^2].IsComplete);
    }

    [Fact]
    public async Task OpenAsync_W1WhichTheBridgeDoesNotSend_AggregatedFromM1AndPublishedToTheChartsGroup()
    {
        var admin = await fixture.Dashboard.AdminAsync();
        var feed = fixture.Dashboard.Services.GetRequiredService<ISecuredMarketFeed>();
        using var chart = feed.Subscribe(admin, MarketTopic.Group(GroupKeys.Candles(AccountId, "US500", Timeframe.W1)));
        await using var lease = await fixture.Candles.OpenAsync(admin, AccountId, "US500", Timeframe.W1, CancellationToken.None);
        var week = Timeframe.W1.BarOpen(DateTimeOffset.UtcNow);

        using var timeout = new CancellationTokenSource(Patience);
        CandleBarUpdate? update = null;
        while (update is null)
        {
            update = (await chart.ReadAsync(timeout.Token)).OfType<CandleBarUpdate>().LastOrDefault(u => u.Candle.Time == week);
        }

        Assert.Equal((Timeframe.W1, "US500", false), (update.Candle.Timeframe, update.Candle.Symbol, update.Candle.IsComplete));
        Assert.Equal(DayOfWeek.Monday, update.Candle.Time.DayOfWeek);
        Assert.Equal(week, lease.Snapshot()[^1].Time);
        Assert.InRange(update.Candle.Close, update.Candle.Low, update.Candle.High);
    }

    [Fact]
    public async Task OpenAsync_TraderWithoutTheAccount_AccessDeniedRefusalLoggedAndNothingSubscribed()
    {
        var name = $"candles-{Guid.NewGuid():N}"[..20];
        await fixture.Dashboard.CreateUserAsync(name);
        var trader = new AccessUser(await fixture.Dashboard.UserIdAsync(name), name, IsAdmin: false);

        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.Candles.OpenAsync(trader, AccountId, "ETHUSD", Timeframe.M1, CancellationToken.None));
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.Candles.ListSymbolsAsync(trader, AccountId, CancellationToken.None));

        var refusals = fixture.Logs.Entries.Where(e => e.Category == "TradingDashboard.Core.Access.AccountAccess" && e.Level == LogLevel.Warning && e.Fields.GetValueOrDefault("UserId") == trader.UserId).ToList();
        Assert.Equal(["candles.open", "candles.symbols"], refusals.Select(r => r.Fields["Operation"]));
        Assert.Equal((0, 0, 0), await fixture.SubscriptionCountsAsync("ETHUSD", "M1"));
    }

    [Fact]
    public async Task OpenAsync_SymbolTheBridgeDoesNotList_BridgeUnavailableWithAReadableMessageAndNoEntryLeft()
    {
        var admin = await fixture.Dashboard.AdminAsync();

        var first = await Assert.ThrowsAsync<BridgeUnavailableException>(() => fixture.Candles.OpenAsync(admin, AccountId, "NOPE", Timeframe.M5, CancellationToken.None));
        var again = await Assert.ThrowsAsync<BridgeUnavailableException>(() => fixture.Candles.OpenAsync(admin, AccountId, "NOPE", Timeframe.M5, CancellationToken.None));

        Assert.Contains("NOPE", first.Message, StringComparison.Ordinal);
        Assert.NotSame(first, again);
        Assert.Equal((0, 0, 0), await fixture.SubscriptionCountsAsync("NOPE", "M5"));
    }

    [Fact]
    public async Task ListSymbolsAsync_Admin_TheAccountsSymbolsInBrokerCasingWithDigits()
    {
        var symbols = await fixture.Candles.ListSymbolsAsync(await fixture.Dashboard.AdminAsync(), AccountId, CancellationToken.None);

        Assert.Equal(9, symbols.Count);
        Assert.Contains(new SymbolListing("BTCUSD.a", 2, "Bitcoin vs US Dollar"), symbols);
        Assert.Contains(symbols, s => s.Symbol == "USDJPY" && s.Digits == 3);
    }

    private static async Task<T> WaitForAsync<T>(Func<T> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        var value = read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            value = read();
        }

        Assert.True(done(value), "Timed out waiting for the series.");
        return value;
    }
}
