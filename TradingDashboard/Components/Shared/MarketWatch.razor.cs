using Microsoft.AspNetCore.Components;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Components.Shared;

/// <summary>Live quotes of every symbol that has data for one account, sorted by symbol.</summary>
public sealed partial class MarketWatch : IDisposable
{
    // Symbols whose casing differs share one price group (GroupKeys uppercases), so one row.
    private readonly SortedDictionary<string, QuoteRow> _rows = new(StringComparer.OrdinalIgnoreCase);
    private LiveFeed? _feed;
    private Guid _accountId;

    [Inject]
    private IMarketHub Hub { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<MarketWatch> Logger { get; set; } = default!;

    /// <summary>The internal account whose prices are shown.</summary>
    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    public void Dispose() => _feed?.Dispose();

    protected override void OnParametersSet()
    {
        if (_feed is not null && _accountId == AccountId)
        {
            return;
        }

        _feed?.Dispose();
        _rows.Clear();
        _accountId = AccountId;
        var topic = MarketTopic.Prefix(GroupKeys.PricesPrefix(AccountId));
        _feed = LiveFeed.Open(Hub, topic, Logger, Time, RendererInfo.IsInteractive, Apply, InvokeAsync, StateHasChanged);
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
