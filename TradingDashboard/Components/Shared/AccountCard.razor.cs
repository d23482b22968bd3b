using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Components.Shared;

/// <summary>Balances of one account as the broker last reported them, with their age, source and freshness band.</summary>
public sealed partial class AccountCard : IDisposable
{
    private AccountSnapshotUpdate? _snapshot;
    private LiveFeed? _feed;
    private Guid? _accountId;
    private string? _refusal;

    [Inject]
    private ISecuredMarketFeed Feed { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<AccountCard> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The account whose balances are shown.</summary>
    [Parameter, EditorRequired]
    public Account Account { get; set; } = default!;

    public void Dispose() => _feed?.Dispose();

    /// <summary>How the snapshot's <see cref="SnapshotSource"/> reads on screen.</summary>
    public static string SourceText(SnapshotSource source) => source switch
    {
        SnapshotSource.Event => "bridge event",
        SnapshotSource.LiveData => "live",
        SnapshotSource.StoredData => "stored",
        _ => source.ToString(),
    };

    /// <summary>"1:500"; MT5 reports 0 when the server did not say.</summary>
    public static string LeverageText(int leverage) =>
        leverage > 0 ? string.Create(CultureInfo.InvariantCulture, $"1:{leverage}") : "—";

    /// <summary>"1,234.56 %"; MT5 reports 0 while no margin is used, which is no level at all.</summary>
    public static string MarginLevelText(AccountSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Margin == 0 && snapshot.MarginLevel == 0
            ? "—"
            : string.Create(CultureInfo.InvariantCulture, $"{snapshot.MarginLevel:N2} %");
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_accountId == Account.Id)
        {
            return;
        }

        _feed?.Dispose();
        _feed = null;
        _snapshot = null;
        _accountId = Account.Id;
        var topic = MarketTopic.Group(GroupKeys.Account(Account.Id));
        var user = await SignedInUser.ResolveAsync(AuthenticationState);
        _refusal = LiveSubscription.TryOpen(Feed, user, topic, out var subscription);
        if (subscription is not null)
        {
            _feed = LiveFeed.Open(subscription, Logger, Time, RendererInfo.IsInteractive, Apply, InvokeAsync, StateHasChanged);
        }
    }

    private void Apply(IReadOnlyList<MarketUpdate> updates)
    {
        if (updates.OfType<AccountSnapshotUpdate>().LastOrDefault() is { } latest)
        {
            _snapshot = latest;
        }
    }
}
