using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Streaming;

/// <summary>In-process fan-out of market data to Blazor circuits and bots.</summary>
public interface IMarketHub
{
    /// <summary>Subscribes; the last known values matching the topic are delivered first.</summary>
    IMarketSubscription Subscribe(MarketTopic topic);

    /// <summary>Stores the update in the last-value cache and offers it to every matching subscriber. Never blocks.</summary>
    void Publish(MarketUpdate update);

    int SubscriberCount { get; }
}
