using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Tests.Unit.Access;

/// <summary>The secured feed's subscription wrapper over the real hub, with a policy the test switches.</summary>
public sealed class SecuredSubscriptionTests : IDisposable
{
    private static readonly AccessUser Trader = new("u-1", "trader", false);
    private readonly Guid _account = Guid.NewGuid();
    private readonly SwitchableAccess _access = new();
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging()
        .AddStreaming(new ConfigurationBuilder().Build())
        .BuildServiceProvider();

    private IMarketHub Hub => _services.GetRequiredService<IMarketHub>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void Dispose_OpenSubscription_StopsListeningToAccessChangesAndLeavesTheHub()
    {
        var subscription = Subscribe(MarketTopic.Group(GroupKeys.Account(_account)));
        Assert.Equal((1, 1), (_access.Listeners, Hub.SubscriberCount));

        subscription.Dispose();
        subscription.Dispose();

        Assert.Equal((0, 0), (_access.Listeners, Hub.SubscriberCount));
    }

    [Fact]
    public void Changed_AccessEnds_SubscriptionClosesItselfAndLeavesTheHub()
    {
        using var subscription = Subscribe(MarketTopic.Group(GroupKeys.Prices(_account, "EURUSD")));

        _access.Allowed.Remove(_account);
        _access.RaiseChanged();

        Assert.Equal((0, 0), (_access.Listeners, Hub.SubscriberCount));
        Assert.Throws<ObjectDisposedException>(subscription.Drain);
    }

    [Fact]
    public void Changed_AccessStays_SubscriptionKeepsDelivering()
    {
        using var subscription = Subscribe(MarketTopic.Group(GroupKeys.Prices(_account, "EURUSD")));

        _access.RaiseChanged();
        Hub.Publish(Quote(_account));

        Assert.Single(subscription.Drain());
    }

    [Fact]
    public void Subscribe_AccessEndsBeforeListening_ClosedAtOnce()
    {
        _access.RevokeOnDemand = true;

        using var subscription = Subscribe(MarketTopic.Group(GroupKeys.Account(_account)));

        Assert.Throws<ObjectDisposedException>(subscription.Drain);
        Assert.Equal(0, Hub.SubscriberCount);
    }

    [Fact]
    public void Drain_PrefixWithoutAccount_DropsOtherAccountsUpdates()
    {
        var other = Guid.NewGuid();
        using var subscription = Subscribe(MarketTopic.Prefix(GroupKeys.AllPricesPrefix));

        Hub.Publish(Quote(other));
        Hub.Publish(Quote(_account));

        Assert.Equal([_account], subscription.Drain().OfType<QuoteUpdate>().Select(q => q.Tick.AccountId));
    }

    private IMarketSubscription Subscribe(MarketTopic topic)
    {
        _access.Allowed.Add(_account);
        var feed = new SecuredMarketFeed(Hub, _access, Microsoft.Extensions.Logging.Abstractions.NullLogger<SecuredMarketFeed>.Instance);
        return feed.Subscribe(Trader, topic);
    }

    private static QuoteUpdate Quote(Guid account) =>
        new(GroupKeys.Prices(account, "EURUSD"), DateTimeOffset.UnixEpoch, new Tick(account, "EURUSD", 1m, 1.1m, 0m, 0m, DateTimeOffset.UnixEpoch, 0, 0), 1m);

    private sealed class SwitchableAccess : IAccountAccess
    {
        private Action? _changed;

        public HashSet<Guid> Allowed { get; } = [];

        public bool RevokeOnDemand { get; set; }

        public int Listeners => _changed?.GetInvocationList().Length ?? 0;

        public event Action? Changed
        {
            add => _changed += value;
            remove => _changed -= value;
        }

        public void RaiseChanged() => _changed?.Invoke();

        public bool CanAccess(AccessUser user, Guid accountId) => Allowed.Contains(accountId);

        public IReadOnlyList<Account> VisibleAccounts(AccessUser user) => [];

        public Account Demand(AccessUser user, Guid accountId, string operation)
        {
            if (!Allowed.Contains(accountId))
            {
                throw new AccessDeniedException(AccessDeniedReason.NotAssigned, "no");
            }

            if (RevokeOnDemand)
            {
                Allowed.Remove(accountId);
            }

            return new Account { Id = accountId, DisplayName = "x", BrokerLogin = "1", Currency = "USD" };
        }

        public void DemandAdmin(AccessUser user, string operation) => throw new AccessDeniedException(AccessDeniedReason.NotAdmin, "no");

        public IReadOnlyCollection<string> AssignedUsers(Guid accountId) => [];

        public Task ReloadAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
