using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using TradingDashboard.Components.Pages.Markets;
using TradingDashboard.Components.Shared;
using TradingDashboard.Components.Shared.Chart;
using TradingDashboard.Core;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Candles;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Indicators.Catalog;
using TradingDashboard.Core.Preferences;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Components.Pages.Chart;

/// <summary>
/// Candles, volume and indicators of one symbol of one account, kept in
/// <c>?account=&amp;symbol=&amp;tf=</c>. Opens with the series' history at once, then follows the
/// hub: each bar revision goes to the chart through <c>series.update</c> and to each indicator's
/// streaming form. Switching symbol or timeframe closes the old lease and feeds before opening
/// the new ones; leaving the page closes everything, so the bridge subscriptions are released.
/// </summary>
public sealed partial class ChartPage : IAsyncDisposable
{
    public const string ViewOperation = "chart.view";

    public const Timeframe DefaultTimeframe = Timeframe.M15;

    public static readonly Timeframe[] Timeframes =
        [Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.M30, Timeframe.H1, Timeframe.H4, Timeframe.D1];

    private static readonly IReadOnlyList<IndicatorDefinition> Catalog = IndicatorCatalog.All;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly List<ChartIndicator> _indicators = [];
    private IReadOnlyList<TradingDashboard.Core.Domain.Account> _accounts = [];
    private IReadOnlyList<SymbolListing> _symbols = [];
    private TradingDashboard.Core.Domain.Account? _account;
    private Guid? _symbolsFor;
    private string? _symbol;
    private Timeframe _timeframe = DefaultTimeframe;
    private AccessUser? _user;
    private AccountNotice? _notice;
    private PriceChart? _chart;
    private ChartSession? _session;
    private ChartSession? _shown;
    private ChartIndicatorStore? _store;
    private bool _indicatorsLoaded;
    private string? _menuValue;
    private int _nextIndicator;
    private bool _disposed;

    [Inject]
    private IAccountAccess Access { get; set; } = default!;

    [Inject]
    private ICandleSeriesService Candles { get; set; } = default!;

    [Inject]
    private ISecuredMarketFeed Feed { get; set; } = default!;

    [Inject]
    private IUserPreferences Preferences { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<ChartPage> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The internal account id; the first visible account when absent.</summary>
    [SupplyParameterFromQuery(Name = "account")]
    public string? AccountQuery { get; set; }

    /// <summary>The symbol in the broker's casing (matched ignoring case); the account's first symbol when absent.</summary>
    [SupplyParameterFromQuery(Name = "symbol")]
    public string? SymbolQuery { get; set; }

    /// <summary>M1, M5, M15, M30, H1, H4 or D1; <see cref="DefaultTimeframe"/> when absent or unknown.</summary>
    [SupplyParameterFromQuery(Name = "tf")]
    public string? TimeframeQuery { get; set; }

    private string PageTitleText => _symbol is null ? "Chart · TradingDashboard" : $"{_symbol} {_timeframe} · Chart · TradingDashboard";

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Access.Changed -= OnAccessChanged;
        await _closing.CancelAsync();
        await CloseSessionAsync();

        // Cancelled, never disposed: a selection still awaiting the database or the bridge reads its token afterwards.
    }

    protected override void OnInitialized() => Access.Changed += OnAccessChanged;

    protected override async Task OnParametersSetAsync()
    {
        // Navigations can arrive while the previous one is still opening its series: one at a time,
        // each reading the query as it is when its turn comes.
        await _gate.WaitAsync();
        try
        {
            await SelectAsync();
        }
        catch (OperationCanceledException) when (_closing.IsCancellationRequested)
        {
            // The page is closing.
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task SelectAsync()
    {
        if (_disposed)
        {
            return;
        }

        _user ??= await SignedInUser.ResolveAsync(AuthenticationState);
        _notice = null;
        if (_user is null)
        {
            return;
        }

        _accounts = Access.VisibleAccounts(_user);
        _timeframe = TimeframeExtensions.TryParse(TimeframeQuery, out var tf) && Timeframes.Contains(tf) ? tf : DefaultTimeframe;
        _account = ResolveAccount(_user);
        if (_account is null || !RendererInfo.IsInteractive)
        {
            // Prerendering opens no lease: the interactive render follows at once.
            await CloseSessionAsync();
            return;
        }

        if (_symbolsFor != _account.Id)
        {
            await CloseSessionAsync();
            if (!await LoadSymbolsAsync(_user, _account))
            {
                return;
            }
        }

        _symbol = ResolveSymbol();
        if (_symbol is null)
        {
            await CloseSessionAsync();
            _notice = ChartNotices.NoSymbols;
            return;
        }

        await LoadIndicatorsAsync(_user);
        await OpenAsync(_user, new CandleSeriesKey(_account.Id, _symbol, _timeframe));
    }

    private TradingDashboard.Core.Domain.Account? ResolveAccount(AccessUser user)
    {
        if (string.IsNullOrWhiteSpace(AccountQuery))
        {
            return _accounts.Count > 0 ? _accounts[0] : null;
        }

        if (!Guid.TryParse(AccountQuery, out var id))
        {
            _notice = AccountNotice.NotFound;
            return null;
        }

        try
        {
            // Demand rather than CanAccess: an attempt to open someone else's account is logged.
            return Access.Demand(user, id, ViewOperation);
        }
        catch (AccessDeniedException ex)
        {
            _notice = ChartNotices.For(ex);
            return null;
        }
    }

    private string? ResolveSymbol()
    {
        if (!string.IsNullOrWhiteSpace(SymbolQuery))
        {
            var match = _symbols.FirstOrDefault(s => string.Equals(s.Symbol, SymbolQuery, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return match.Symbol;
            }

            _notice = ChartNotices.UnknownSymbol(SymbolQuery);
            return null;
        }

        return _symbols.Count > 0 ? _symbols[0].Symbol : null;
    }

    private async Task<bool> LoadSymbolsAsync(AccessUser user, TradingDashboard.Core.Domain.Account account)
    {
        _symbols = [];
        _symbolsFor = null;
        try
        {
            _symbols = [.. (await Candles.ListSymbolsAsync(user, account.Id, _closing.Token)).OrderBy(s => s.Symbol, StringComparer.OrdinalIgnoreCase)];
            _symbolsFor = account.Id;
            return true;
        }
        catch (AccessDeniedException ex)
        {
            _notice = ChartNotices.For(ex);
        }
        catch (Exception ex) when (IsBridgeFault(ex))
        {
            ChartPageLog.BridgeFailed(Logger, ex, account.Id, "symbols");
            _notice = ChartNotices.BridgeUnavailable;
        }

        return false;
    }

    private async Task LoadIndicatorsAsync(AccessUser user)
    {
        if (_indicatorsLoaded)
        {
            return;
        }

        _indicatorsLoaded = true;
        _store = new ChartIndicatorStore(Preferences, Logger);
        IReadOnlyList<ChartIndicatorSetting> settings;
        try
        {
            settings = await _store.LoadAsync(user, _closing.Token);
        }
        catch (Exception ex) when (ex is DashboardException or InvalidOperationException or IOException or ArgumentException or System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            ChartPageLog.PreferencesFailed(Logger, ex, user.UserId);
            return;
        }

        foreach (var setting in settings)
        {
            try
            {
                _indicators.Add(ChartIndicator.Create(NextIndicatorId(), setting));
            }
            catch (ArgumentException ex)
            {
                // A kind or a range the catalog no longer offers: drop it rather than fail the chart.
                ChartPageLog.IndicatorSkipped(Logger, ex, setting.Kind);
            }
        }
    }

    private async Task OpenAsync(AccessUser user, CandleSeriesKey key)
    {
        if (_session is { IsDisposed: false } current && current.Key == key)
        {
            return;
        }

        await CloseSessionAsync();
        ICandleSeriesLease lease;
        try
        {
            lease = await Candles.OpenAsync(user, key.AccountId, key.Symbol, key.Timeframe, _closing.Token);
        }
        catch (AccessDeniedException ex)
        {
            _notice = ChartNotices.For(ex);
            return;
        }
        catch (Exception ex) when (IsBridgeFault(ex))
        {
            ChartPageLog.BridgeFailed(Logger, ex, key.AccountId, "rates");
            _notice = ChartNotices.BridgeUnavailable;
            return;
        }

        if (_disposed)
        {
            await lease.DisposeAsync();
            return;
        }

        // Subscribed before the snapshot is taken, so no bar falls between the two; a bar seen
        // twice is just the same revision again.
        var subscriptions = new List<IMarketSubscription>();
        string? refusal = null;
        foreach (var topic in new[]
        {
            MarketTopic.Group(GroupKeys.Candles(key.AccountId, key.Symbol, key.Timeframe)),
            MarketTopic.Group(GroupKeys.Prices(key.AccountId, key.Symbol)),
            MarketTopic.Group(GroupKeys.Account(key.AccountId)),
        })
        {
            var why = LiveSubscription.TryOpen(Feed, user, topic, out var subscription);
            refusal ??= why;
            if (subscription is not null)
            {
                subscriptions.Add(subscription);
            }
        }

        var session = new ChartSession(lease);
        var feeds = subscriptions.Select(s => new LiveFeed(s, Logger, Time)).ToList();
        feeds.ForEach(session.Add);
        if (refusal is not null)
        {
            await session.DisposeAsync();
            _notice = new AccountNotice("account-no-access", "lock", "You do not have access to this account", refusal);
            return;
        }

        _session = session;
        foreach (var feed in feeds)
        {
            await ApplyAsync(session, feed.TakePending());
        }

        await ShowAsync(session);

        // Only the price feed renders (at most ten times a second, and each second for the age);
        // bars and positions go straight to the chart.
        foreach (var feed in feeds)
        {
            var renders = feed.Topic.Key.StartsWith(GroupKeys.AllPricesPrefix, StringComparison.Ordinal);
            feed.Start(
                batch => InvokeAsync(async () =>
                {
                    if (session == _session && !session.IsDisposed)
                    {
                        await ApplyAsync(session, batch);
                        if (renders)
                        {
                            StateHasChanged();
                        }
                    }
                }),
                () => renders ? InvokeAsync(() =>
                {
                    if (session == _session && !session.IsDisposed)
                    {
                        StateHasChanged();
                    }
                }) : Task.CompletedTask);
        }
    }

    // Removing the user's access or deactivating the account closes the chart at once (lease, feeds
    // and the bridge subscriptions), not at the next navigation.
    private void OnAccessChanged() => _ = InvokeAsync(async () =>
    {
        if (_disposed || _user is not { } user || _account is not { } account || Access.CanAccess(user, account.Id))
        {
            return;
        }

        await _gate.WaitAsync();
        try
        {
            await CloseSessionAsync();
            _accounts = Access.VisibleAccounts(user);
            _account = null;

            // An admin may use every active account: if even the platform cannot, the account itself is gone or deactivated.
            _notice = Access.CanAccess(AccessUser.System, account.Id)
                ? AccountNotice.AccessLost(account.DisplayName)
                : AccountNotice.Deactivated(account.DisplayName);
        }
        finally
        {
            _gate.Release();
        }

        StateHasChanged();
    });

    private async Task CloseSessionAsync()
    {
        var session = _session;
        _session = null;
        _shown = null;
        if (session is not null)
        {
            await session.DisposeAsync();
        }
    }

    private async Task OnChartReadyAsync()
    {
        if (_session is { } session)
        {
            await ShowAsync(session);
        }
    }

    /// <summary>Hands the whole series (and each indicator replayed over it) to the chart, once per session and chart.</summary>
    private async Task ShowAsync(ChartSession session)
    {
        if (_chart is not { IsReady: true } chart || session.IsDisposed || _shown == session)
        {
            return;
        }

        _shown = session;
        var bars = session.Bars.ToList();
        var ohlcv = bars.Select(ChartBars.ToOhlcv).ToList();
        var indicators = _indicators.Select(i => i.ToData(i.Replay(ohlcv), session.Digits)).ToList();
        await chart.SetDataAsync(Title(session), session.Digits, bars, indicators);
        if (session.Quote is { } quote)
        {
            await chart.SetQuoteAsync(quote.Tick.Bid, quote.Tick.Ask);
        }

        await chart.SetPositionsAsync(ChartPositions(session));
    }

    private async Task ApplyAsync(ChartSession session, IReadOnlyList<MarketUpdate> batch)
    {
        var shown = _shown == session && _chart is { IsReady: true };
        foreach (var update in batch)
        {
            switch (update)
            {
                case CandleBarUpdate { Candle: var candle } bar when candle.Timeframe == session.Key.Timeframe:
                    if (!session.Apply(candle))
                    {
                        break;
                    }

                    session.LastUpdateAt = Latest(session.LastUpdateAt, bar.ReceivedAt);
                    if (shown)
                    {
                        var ohlcv = ChartBars.ToOhlcv(candle);
                        var points = _indicators.ToDictionary(i => i.Id, i => i.Next(ohlcv), StringComparer.Ordinal);
                        await _chart!.UpdateAsync(candle, points);
                    }

                    break;
                case QuoteUpdate quote when string.Equals(quote.Tick.Symbol, session.Key.Symbol, StringComparison.OrdinalIgnoreCase):
                    session.Quote = quote;
                    session.LastUpdateAt = Latest(session.LastUpdateAt, quote.ReceivedAt);
                    if (shown)
                    {
                        await _chart!.SetQuoteAsync(quote.Tick.Bid, quote.Tick.Ask);
                    }

                    break;
                case PositionsUpdate positions:
                    session.Positions = [.. positions.Snapshot.Positions.Where(p => string.Equals(p.Symbol, session.Key.Symbol, StringComparison.OrdinalIgnoreCase))];
                    if (shown)
                    {
                        await _chart!.SetPositionsAsync(ChartPositions(session));
                    }

                    break;
            }
        }
    }

    private async Task AddIndicatorAsync(string? kind)
    {
        if (kind is null)
        {
            return;
        }

        // The menu only picks: it shows its placeholder again once the dialog is done.
        _menuValue = kind;
        ChartIndicatorSetting? setting;
        try
        {
            setting = await OpenDialogAsync(IndicatorCatalog.Get(kind), null);
        }
        finally
        {
            _menuValue = null;
        }

        if (setting is null)
        {
            return;
        }

        var indicator = ChartIndicator.Create(NextIndicatorId(), setting);
        _indicators.Add(indicator);
        await SaveIndicatorsAsync();
        await DrawAsync(indicator);
    }

    private async Task EditIndicatorAsync(ChartIndicator indicator)
    {
        var setting = await OpenDialogAsync(indicator.Definition, indicator.Setting.Parameters);
        var index = _indicators.IndexOf(indicator);
        if (setting is null || index < 0)
        {
            return;
        }

        var replacement = ChartIndicator.Create(NextIndicatorId(), setting);
        _indicators[index] = replacement;
        await SaveIndicatorsAsync();
        if (_chart is { } chart)
        {
            await chart.RemoveIndicatorAsync(indicator.Id);
        }

        await DrawAsync(replacement);
    }

    private async Task RemoveIndicatorAsync(ChartIndicator indicator)
    {
        if (!_indicators.Remove(indicator))
        {
            return;
        }

        await SaveIndicatorsAsync();
        if (_chart is { } chart)
        {
            await chart.RemoveIndicatorAsync(indicator.Id);
        }
    }

    private async Task<ChartIndicatorSetting?> OpenDialogAsync(IndicatorDefinition definition, IReadOnlyDictionary<string, double>? initial)
    {
        var result = await Dialogs.OpenAsync<IndicatorDialog>(
            definition.Name,
            new Dictionary<string, object?>
            {
                [nameof(IndicatorDialog.Definition)] = definition,
                [nameof(IndicatorDialog.Initial)] = initial,
                [nameof(IndicatorDialog.IsNew)] = initial is null,
            },
            new DialogOptions { Width = "26rem", CloseDialogOnEsc = true });
        return result as ChartIndicatorSetting;
    }

    private async Task DrawAsync(ChartIndicator indicator)
    {
        if (_shown is { IsDisposed: false } session && session == _session && _chart is { } chart)
        {
            var values = indicator.Replay([.. session.Bars.Select(ChartBars.ToOhlcv)]);
            await chart.AddIndicatorAsync(indicator.ToData(values, session.Digits));
        }
    }

    private async Task SaveIndicatorsAsync()
    {
        if (_user is null || _store is null)
        {
            return;
        }

        try
        {
            await _store.SaveAsync(_user, _indicators.Select(i => i.Setting), _closing.Token);
        }
        catch (Exception ex) when (ex is DashboardException or InvalidOperationException or IOException or ArgumentException or System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            ChartPageLog.PreferencesFailed(Logger, ex, _user.UserId);
        }
    }

    private void GoToAccount(Guid account) => Go(account: account);

    private void GoToSymbol(string symbol) => Go(symbol: symbol);

    private void Go(Guid? account = null, string? symbol = null, Timeframe? timeframe = null)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["account"] = (account ?? _account?.Id)?.ToString("D"),
            // Another account has other symbols: let it pick its own.
            ["symbol"] = account is not null && account != _account?.Id ? null : symbol ?? _symbol,
            ["tf"] = (timeframe ?? _timeframe).ToString(),
        };
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(parameters));
    }

    private string NextIndicatorId() => string.Create(CultureInfo.InvariantCulture, $"i{++_nextIndicator}");

    private static string Title(ChartSession session) => $"{session.Key.Symbol} · {session.Key.Timeframe}";

    private static string FormatPrice(decimal price, int digits) =>
        price.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static DateTimeOffset Latest(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } c && c > candidate ? c : candidate;

    private static List<ChartPosition> ChartPositions(ChartSession session) =>
    [
        .. session.Positions.Select(p => new ChartPosition(
            p.Ticket,
            p.Side.ToString(),
            p.Volume,
            p.PriceOpen,
            p.StopLoss == 0 ? null : p.StopLoss,
            p.TakeProfit == 0 ? null : p.TakeProfit,
            session.Key.Timeframe.BarOpen(p.Time).ToUnixTimeSeconds())),
    ];

    // The bridge down, slow or answering nonsense: a notice, never a stack trace.
    private bool IsBridgeFault(Exception ex) =>
        ex is DashboardException or HttpRequestException or TimeoutException or System.Text.Json.JsonException
        || (ex is OperationCanceledException && !_closing.IsCancellationRequested);
}
