using Microsoft.AspNetCore.Components;
using TradingDashboard.Components.Shared;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Components.Layout;

/// <summary>Header indicator: how long ago the dashboard received the last price from any account.</summary>
public sealed partial class FeedStatus : IDisposable
{
    private DateTimeOffset? _lastReceived;
    private LiveFeed? _feed;

    [Inject]
    private IMarketHub Hub { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<FeedStatus> Logger { get; set; } = default!;

    private TimeSpan? Age => _lastReceived is { } last ? Time.GetUtcNow() - last : null;

    private string Label => Age is { } age ? $"Feed · {AgeText.Format(age)}" : "Feed · no data";

    private string Title => Age is null
        ? "No price has been received from the bridge since the dashboard started."
        : "Time since the last price from the bridge (any account).";

    private string State => Age switch
    {
        null => "feed-none",
        { } age when age > AgeText.Stale => "feed-stale",
        { } age when age > AgeText.Aging => "feed-aging",
        _ => "feed-live",
    };

    public void Dispose() => _feed?.Dispose();

    protected override void OnInitialized() =>
        _feed = LiveFeed.Open(Hub, MarketTopic.Prefix(GroupKeys.AllPricesPrefix), Logger, Time, RendererInfo.IsInteractive, Apply, InvokeAsync, StateHasChanged);

    private void Apply(IReadOnlyList<MarketUpdate> updates)
    {
        foreach (var update in updates)
        {
            if (_lastReceived is null || update.ReceivedAt > _lastReceived)
            {
                _lastReceived = update.ReceivedAt;
            }
        }
    }
}
