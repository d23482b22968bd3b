using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Tests.Integration.Access;

/// <summary>Open subscriptions follow admin changes at once: no new sign-in, no restart.</summary>
public sealed class LiveRevocationTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private AccessTestServices _services = null!;
    private Guid _x;
    private Guid _y;

    public async Task InitializeAsync()
    {
        _services = await AccessTestServices.CreateAsync();
        _x = await _services.CreateAccountAsync("4001", "X", AccessTestServices.TraderA);
        _y = await _services.CreateAccountAsync("4002", "Y", AccessTestServices.TraderA);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task ReadAsync_AssignmentRemovedByAdmin_ThrowsObjectDisposed()
    {
        using var subscription = _services.Feed.Subscribe(AccessTestServices.TraderA, MarketTopic.Group(GroupKeys.Prices(_x, "EURUSD")));
        _services.Hub.Publish(Quote(_x, "EURUSD", 1.1m));
        Assert.Single(await ReadAsync(subscription));
        using var timeout = new CancellationTokenSource(Patience);
        var pending = subscription.ReadAsync(timeout.Token).AsTask();

        var result = await _services.Administration.SetAssignmentsAsync(AccessTestServices.Admin, _x, [], CancellationToken.None);

        Assert.True(result.Succeeded);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => pending);
        _services.Hub.Publish(Quote(_x, "EURUSD", 1.2m));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => subscription.ReadAsync(timeout.Token).AsTask());
        Assert.Throws<ObjectDisposedException>(subscription.Drain);
    }

    [Fact]
    public async Task ReadAsync_AccountDeactivated_ThrowsObjectDisposedEvenWithUnreadValues()
    {
        using var subscription = _services.Feed.Subscribe(AccessTestServices.TraderA, MarketTopic.Group(GroupKeys.Account(_x)));
        _services.Hub.Publish(new PositionClosedUpdate(GroupKeys.Account(_x), DateTimeOffset.UnixEpoch, _x, 42, "EURUSD", 1m, 10m, DateTimeOffset.UnixEpoch));

        await _services.Administration.SetActiveAsync(AccessTestServices.Admin, _x, false, CancellationToken.None);

        using var timeout = new CancellationTokenSource(Patience);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => subscription.ReadAsync(timeout.Token).AsTask());
    }

    [Fact]
    public async Task ReadAsync_PrefixSubscriptionAfterRevocation_YieldsOnlyAccountsStillAssigned()
    {
        using var subscription = _services.Feed.Subscribe(AccessTestServices.TraderA, MarketTopic.Prefix(GroupKeys.AllPricesPrefix));
        _services.Hub.Publish(Quote(_x, "EURUSD", 1.1m));
        _services.Hub.Publish(Quote(_y, "EURUSD", 1.1m));
        Assert.Equal(new[] { _x, _y }.Order(), (await ReadAsync(subscription, 2)).Select(AccountOf).Order());

        await _services.Administration.SetAssignmentsAsync(AccessTestServices.Admin, _x, [AccessTestServices.TraderB.UserId], CancellationToken.None);
        _services.Hub.Publish(Quote(_x, "GBPUSD", 1.3m));
        _services.Hub.Publish(Quote(_y, "GBPUSD", 1.3m));

        var after = await ReadAsync(subscription, 1);
        Assert.Equal([_y], after.Select(AccountOf));
        Assert.Empty(subscription.Drain());
    }

    [Fact]
    public async Task Subscribe_PrefixForEveryAccount_NeverSeedsOthersLastValues()
    {
        var other = await _services.CreateAccountAsync("4003", "Someone else's", AccessTestServices.TraderB);
        _services.Hub.Publish(Quote(other, "EURUSD", 1.1m));
        _services.Hub.Publish(Quote(_y, "EURUSD", 1.1m));

        using var subscription = _services.Feed.Subscribe(AccessTestServices.TraderA, MarketTopic.Prefix(GroupKeys.AllPricesPrefix));

        Assert.Equal([_y], (await ReadAsync(subscription, 1)).Select(AccountOf));
        Assert.Empty(subscription.Drain());
    }

    private static Guid AccountOf(MarketUpdate update) => GroupKeys.TryGetAccountId(update.GroupKey, out var id) ? id : Guid.Empty;

    private static QuoteUpdate Quote(Guid account, string symbol, decimal bid) =>
        new(GroupKeys.Prices(account, symbol), DateTimeOffset.UnixEpoch, new Tick(account, symbol, bid, bid + 0.0001m, 0m, 0m, DateTimeOffset.UnixEpoch, 0, 0), bid);

    private static async Task<List<MarketUpdate>> ReadAsync(Core.Streaming.IMarketSubscription subscription, int count = 1)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var read = new List<MarketUpdate>();
        while (read.Count < count)
        {
            read.AddRange(await subscription.ReadAsync(timeout.Token));
        }

        return read;
    }
}
