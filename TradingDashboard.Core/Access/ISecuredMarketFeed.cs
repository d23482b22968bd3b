using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Core.Access;

/// <summary>
/// The market hub as users see it. Subscribing to an account's group demands access to it; a
/// prefix subscription only ever yields updates of accounts the user may see. When access is
/// removed later the subscription closes itself within the next access change (its reads then
/// throw <see cref="ObjectDisposedException"/>), so open views stop without a new sign-in.
/// </summary>
public interface ISecuredMarketFeed
{
    /// <exception cref="AccessDeniedException">The topic names an account the user may not see.</exception>
    IMarketSubscription Subscribe(AccessUser user, MarketTopic topic);
}
