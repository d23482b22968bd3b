using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Components.Shared;

/// <summary>Live quotes of every symbol that has data for one account, sorted by symbol.</summary>
public sealed partial class MarketWatch : IDisposable
{
    // Symbols whose casing differs share one price group (GroupKeys uppercases), so one row.
    private readonly SortedDictionary<string, QuoteRow> _rows = new(StringComparer.OrdinalIgnoreCase);
    private LiveFeed? _feed;
    private Guid? _accountId;
    private string? _refusal;

    [Inject]
    private ISecuredMarketFeed Feed { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<MarketWatch> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The internal account whose prices are shown.</summary>
    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    public void Dispose() => _feed?.Dispose();

    protected override async Task OnParametersSetAsync()
    {
        if (_accountId == AccountId)
        {
            return;
        }

        _feed?.Dispose();
        _feed = null;
        _rows.Clear();
        _refusal = null;
        _accountId = AccountId;
        var topic = MarketTopic.Prefix(GroupKeys.PricesPrefix(AccountId));
        var user = await SignedInUser.ResolveAsync(AuthenticationState);
        _refusal = LiveSubscription.TryOpen(Feed, user, topic, out var subscription);
        if (subscription is not null)
        {
            _feed = LiveFeed.Open(subscription, Logger, Time, RendererInfo.IsInteractive, Apply, InvokeAsync, StateHasChanged);
        }
    }

    private void Apply(IReadOnlyList<MarketUpdate> updates)
    {
        foreach (var quote in updates.OfType<QuoteUpdate>())
        {
            var symbol = quote.Tick.Symbol;
            if (!_rows.TryGetValue(symbol, out var row))
            {
                row = new QuoteRow(symbol);
                _rows.Add(symbol, row);
            }

            row.Apply(quote);
        }
    }
}
