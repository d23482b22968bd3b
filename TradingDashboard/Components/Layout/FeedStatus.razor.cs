using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TradingDashboard.Components.Shared;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Components.Layout;

/// <summary>Header indicator: how long ago the dashboard received the last price from any account the user may see.</summary>
public sealed partial class FeedStatus : IDisposable
{
    private DateTimeOffset? _lastReceived;
    private LiveFeed? _feed;

    [Inject]
    private ISecuredMarketFeed Feed { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<FeedStatus> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private TimeSpan? Age => _lastReceived is { } last ? Time.GetUtcNow() - last : null;

    private string Label => Age is { } age ? $"Feed · {AgeText.Format(age)}" : "Feed · no data";

    private string Title => Age is null
        ? "No price has been received from the bridge since the dashboard started."
        : "Time since the last price from the bridge (any of your accounts).";

    private string State => Age switch
    {
        null => "feed-none",
        { } age when age > AgeText.Stale => "feed-stale",
        { } age when age > AgeText.Aging => "feed-aging",
        _ => "feed-live",
    };

    public void Dispose() => _feed?.Dispose();

    protected override async Task OnInitializedAsync()
    {
        var user = await SignedInUser.ResolveAsync(AuthenticationState);
        LiveSubscription.TryOpen(Feed, user, MarketTopic.Prefix(GroupKeys.AllPricesPrefix), out var subscription);
        if (subscription is not null)
        {
            _feed = LiveFeed.Open(subscription, Logger, Time, RendererInfo.IsInteractive, Apply, InvokeAsync, StateHasChanged);
        }
    }

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
