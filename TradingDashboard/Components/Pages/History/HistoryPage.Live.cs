using TradingDashboard.Components.Shared;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Components.Pages.History;

/// <summary>
/// Keeps the page current: an order of a shown account changing state, or a position closing at the
/// broker, reloads the page of trades on screen (at most once per <see cref="ReloadDelay"/>), so a
/// close booked a moment after the page opened shows its result without a manual refresh.
/// </summary>
public sealed partial class HistoryPage
{
    private static readonly TimeSpan ReloadDelay = TimeSpan.FromSeconds(1);

    private readonly Dictionary<Guid, LiveFeed> _feeds = [];
    private DateTimeOffset _openedAt;
    private bool _reloadPending;

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _openedAt = Time.GetUtcNow();
            FollowAccounts();
        }
    }

    /// <summary>Listens to every account the user can see now (after access changes too), and to no other.</summary>
    private void FollowAccounts()
    {
        if (_user is null || !RendererInfo.IsInteractive)
        {
            return;
        }

        var visible = _accounts.Select(a => a.Id).ToHashSet();
        foreach (var gone in _feeds.Keys.Where(id => !visible.Contains(id)).ToList())
        {
            _feeds[gone].Dispose();
            _feeds.Remove(gone);
        }

        foreach (var id in visible.Where(id => !_feeds.ContainsKey(id)))
        {
            if (LiveSubscription.TryOpen(Feed, _user, MarketTopic.Group(GroupKeys.Account(id)), out var subscription) is null && subscription is not null
                && LiveFeed.Open(subscription, Logger, Time, interactive: true, Apply, InvokeAsync, NoRender) is { } feed)
            {
                _feeds.Add(id, feed);
            }
        }
    }

    private void StopFollowing()
    {
        foreach (var feed in _feeds.Values)
        {
            feed.Dispose();
        }

        _feeds.Clear();
    }

    // Cached last values predate the page and change nothing on it.
    private void Apply(IReadOnlyList<MarketUpdate> updates)
    {
        if (updates.Any(u => u is TradeUpdate or PositionClosedUpdate && u.ReceivedAt >= _openedAt))
        {
            _ = ReloadSoonAsync();
        }
    }

    private async Task ReloadSoonAsync()
    {
        if (_reloadPending)
        {
            return;
        }

        _reloadPending = true;
        try
        {
            await Task.Delay(ReloadDelay, Time, _closing.Token);
            if (_grid is not null && !_loading)
            {
                await _grid.Reload();
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed.
        }
        finally
        {
            _reloadPending = false;
        }
    }

    private static void NoRender()
    {
        // The grid renders itself after reloading; the feed's clock has nothing to refresh here.
    }
}
