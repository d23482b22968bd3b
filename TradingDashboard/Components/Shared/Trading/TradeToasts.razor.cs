using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>
/// A toast on every fill, placement, rejection, "verifying" and close of every account the user
/// can see, whichever page is open. Mounted once in the layout; follows access changes (an
/// account assigned later is watched from then on, a removed one is dropped). The last-value
/// cache replays an account's last update to a new subscriber: anything received before the
/// subscription started is history, not news, and is not shown.
/// </summary>
public sealed partial class TradeToasts : IDisposable
{
    private readonly Dictionary<Guid, AccountWatch> _watches = [];
    private AccessUser? _user;
    private bool _listening;
    private bool _disposed;

    [Inject]
    private ISecuredMarketFeed Feed { get; set; } = default!;

    [Inject]
    private IAccountAccess Access { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<TradeToasts> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The accounts being watched (for tests and diagnostics).</summary>
    public IReadOnlyCollection<Guid> WatchedAccounts => _watches.Keys;

    public void Dispose()
    {
        _disposed = true;
        if (_listening)
        {
            Access.Changed -= OnAccessChanged;
        }

        foreach (var watch in _watches.Values)
        {
            watch.Feed.Dispose();
        }

        _watches.Clear();
    }

    // After the first interactive render only: prerendering must not open subscriptions.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _user = await SignedInUser.ResolveAsync(AuthenticationState);
        if (_user is null || _disposed)
        {
            return;
        }

        Access.Changed += OnAccessChanged;
        _listening = true;
        Follow(_user);
    }

    private void Follow(AccessUser user)
    {
        var visible = Access.VisibleAccounts(user).ToDictionary(a => a.Id);
        foreach (var (id, watch) in _watches.ToList())
        {
            if (!visible.ContainsKey(id) || watch.Feed.IsDisposed)
            {
                watch.Feed.Dispose();
                _watches.Remove(id);
            }
        }

        foreach (var account in visible.Values)
        {
            if (_watches.TryGetValue(account.Id, out var watch))
            {
                watch.Account = account;
            }
            else
            {
                Watch(user, account);
            }
        }
    }

    private void Watch(AccessUser user, TradingDashboard.Core.Domain.Account account)
    {
        var since = Time.GetUtcNow();
        var refusal = LiveSubscription.TryOpen(Feed, user, MarketTopic.Group(GroupKeys.Account(account.Id)), out var subscription);
        if (subscription is null)
        {
            TradeTicketLog.ToastsRefused(Logger, account.Id, refusal ?? "no subscription");
            return;
        }

        var feed = new LiveFeed(subscription, Logger, Time);
        var watch = new AccountWatch(account, since, feed);
        _watches[account.Id] = watch;
        Show(watch, feed.TakePending());
        feed.Start(
            batch => InvokeAsync(() =>
            {
                if (!feed.IsDisposed)
                {
                    Show(watch, batch);
                }
            }),
            () => Task.CompletedTask);
    }

    private void Show(AccountWatch watch, IReadOnlyList<MarketUpdate> batch)
    {
        foreach (var update in batch)
        {
            if (update.ReceivedAt < watch.Since)
            {
                continue;
            }

            var toast = update switch
            {
                TradeUpdate trade => TradeToast.For(trade, watch.Account.DisplayName),
                PositionClosedUpdate closed => TradeToast.For(closed, watch.Account.DisplayName, watch.Account.Currency),
                _ => null,
            };
            if (toast is not null)
            {
                Notifications.Notify(new NotificationMessage
                {
                    Severity = toast.Severity,
                    Summary = toast.Summary,
                    Detail = toast.Detail,
                    Duration = toast.Duration.TotalMilliseconds,
                    CloseOnClick = true,
                });
            }
        }
    }

    private void OnAccessChanged() => _ = InvokeAsync(() =>
    {
        if (!_disposed && _user is { } user)
        {
            Follow(user);
        }
    });

    /// <summary>One account's subscription and the moment it started.</summary>
    private sealed class AccountWatch(TradingDashboard.Core.Domain.Account account, DateTimeOffset since, LiveFeed feed)
    {
        public TradingDashboard.Core.Domain.Account Account { get; set; } = account;

        public DateTimeOffset Since { get; } = since;

        public LiveFeed Feed { get; } = feed;
    }
}
