using TradingDashboard.Core.Access;
using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Components.Shared;

/// <summary>Opens a widget's subscription on the secured feed, turning a refusal into the text the widget shows instead.</summary>
public static class LiveSubscription
{
    public const string SignedOut = "Sign in to see live data.";

    /// <returns><see langword="null"/> when subscribed; otherwise why not, safe to show to the user.</returns>
    public static string? TryOpen(ISecuredMarketFeed feed, AccessUser? user, MarketTopic topic, out IMarketSubscription? subscription)
    {
        ArgumentNullException.ThrowIfNull(feed);
        subscription = null;
        if (user is null)
        {
            return SignedOut;
        }

        try
        {
            subscription = feed.Subscribe(user, topic);
            return null;
        }
        catch (AccessDeniedException ex)
        {
            return ex.Message;
        }
    }
}
