using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Core.Access;

/// <summary>
/// Checks access when subscribing and keeps checking while the subscription lives: an account
/// topic closes once the account is no longer usable, and every update is filtered at read time.
/// </summary>
internal sealed partial class SecuredMarketFeed(IMarketHub hub, IAccountAccess access, ILogger<SecuredMarketFeed> logger) : ISecuredMarketFeed
{
    public const string SubscribeOperation = "markets.subscribe";

    public IMarketSubscription Subscribe(AccessUser user, MarketTopic topic)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(topic);
        Guid? accountId = GroupKeys.TryGetAccountId(topic.Key, out var id) ? id : null;
        if (accountId is { } demanded)
        {
            access.Demand(user, demanded, SubscribeOperation);
        }

        var subscription = new SecuredSubscription(hub.Subscribe(topic), user, accountId, access, OnRevoked);

        // Access may have changed between the demand and the subscription listening for changes.
        subscription.Recheck();
        return subscription;
    }

    private void OnRevoked(AccessUser user, Guid accountId, string topic) => LogRevoked(user.UserId, accountId, topic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed subscription {Topic} of user {UserId}: access to account {AccountId} ended")]
    private partial void LogRevoked(string userId, Guid accountId, string topic);
}
