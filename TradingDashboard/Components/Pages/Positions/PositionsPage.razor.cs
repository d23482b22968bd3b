using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Radzen;
using TradingDashboard.Components.Shared;
using TradingDashboard.Components.Shared.Trading;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Resilience;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.History;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>
/// MT5's "Trade" tab for one account: open positions repriced on every tick with their P/L in
/// the account currency, pending orders, and the actions on them (close, partial close, SL/TP,
/// close all, delete). The broker is read on open and whenever an order of the account changes
/// state or a positions snapshot disagrees with the last read; a failed read leaves the last
/// positions on screen under a notice, and the next change or tick retries.
/// </summary>
public sealed partial class PositionsPage : IDisposable
{
    public const string ViewOperation = "positions.view";

    /// <summary>While the broker cannot be read, a tick or snapshot retries at most this often.</summary>
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _closing = new();
    private readonly HashSet<long> _busyTickets = [];
    private AccountSelection _selection = default!;
    private RenderThrottle _throttle = default!;
    private AccessUser? _user;
    private PositionsBook? _book;
    private LiveFeed? _prices;
    private LiveFeed? _accountFeed;
    private AccountSnapshot? _balances;
    private DateTimeOffset _openedAt;
    private string? _feedRefusal;
    private string? _brokerError;
    private DateTimeOffset _lastAttempt;
    private bool _refreshing;
    private bool _refreshAgain;
    private bool _closingAll;
    private bool _listening;
    private (string Text, AlertStyle Style, OrderStatus Status)? _outcome;

    [Inject]
    private IAccountAccess Access { get; set; } = default!;

    [Inject]
    private IAccountDirectory Directory { get; set; } = default!;

    [Inject]
    private ITradingService Trading { get; set; } = default!;

    [Inject]
    private ITradeHistory History { get; set; } = default!;

    [Inject]
    private ISecuredMarketFeed Feed { get; set; } = default!;

    [Inject]
    private IOptions<TradingOptions> Options { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<PositionsPage> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The account shown, from the query string; the first visible account when absent.</summary>
    [SupplyParameterFromQuery(Name = "account")]
    public string? AccountQuery { get; set; }

    private Account? Selected => _selection.Selected;

    public void Dispose()
    {
        if (_listening)
        {
            Access.Changed -= OnAccessChanged;
        }

        CloseFeeds();
        _throttle.Dispose();
        _closing.Cancel();
        _closing.Dispose();
    }

    protected override void OnInitialized()
    {
        _selection = new AccountSelection(Access, Directory, ViewOperation);
        _throttle = new RenderThrottle(InvokeAsync, StateHasChanged, Time);
        Access.Changed += OnAccessChanged;
        _listening = true;
    }

    protected override async Task OnParametersSetAsync()
    {
        _user = await SignedInUser.ResolveAsync(AuthenticationState);
        _selection.Select(_user, AccountQuery);
        Show(_selection.Selected);
    }

    // Opens the live feeds and the first read for a newly selected account (interactive renders only:
    // a prerender shows the frame, the circuit does the work once).
    private void Show(Account? account)
    {
        if (account?.Id == _book?.AccountId && (account is null || _book is not null))
        {
            return;
        }

        CloseFeeds();
        _book = null;
        _balances = null;
        _brokerError = null;
        _feedRefusal = null;
        _outcome = null;
        if (account is null || !RendererInfo.IsInteractive)
        {
            return;
        }

        var book = new PositionsBook(account.Id, account.Currency);
        _book = book;
        _openedAt = Time.GetUtcNow();
        _feedRefusal = LiveSubscription.TryOpen(Feed, _user, MarketTopic.Group(GroupKeys.Account(account.Id)), out var accountSubscription);
        if (accountSubscription is not null)
        {
            _accountFeed = LiveFeed.Open(accountSubscription, Logger, Time, true, updates => ApplyAccount(book, updates), InvokeAsync, _throttle.Request);
        }

        var priceRefusal = LiveSubscription.TryOpen(Feed, _user, MarketTopic.Prefix(GroupKeys.PricesPrefix(account.Id)), out var priceSubscription);
        _feedRefusal ??= priceRefusal;
        if (priceSubscription is not null)
        {
            _prices = LiveFeed.Open(priceSubscription, Logger, Time, true, updates => ApplyPrices(book, updates), InvokeAsync, _throttle.Request);
        }

        _ = RefreshAsync();
    }

    private void CloseFeeds()
    {
        _prices?.Dispose();
        _prices = null;
        _accountFeed?.Dispose();
        _accountFeed = null;
        _busyTickets.Clear();
    }

    private void ApplyPrices(PositionsBook book, IReadOnlyList<MarketUpdate> updates)
    {
        foreach (var quote in updates.OfType<QuoteUpdate>())
        {
            book.ApplyQuote(quote);
        }

        RetryIfFailing();
    }

    private void ApplyAccount(PositionsBook book, IReadOnlyList<MarketUpdate> updates)
    {
        var read = false;
        foreach (var update in updates)
        {
            switch (update)
            {
                case TradeUpdate trade when trade.AccountId == book.AccountId:
                    // The cached last update may predate the page: it still tells whether that order is verifying.
                    if (trade.Status == OrderStatus.Unknown)
                    {
                        book.MarkVerifying(trade.OrderId, trade.PositionTicket, null);
                    }
                    else
                    {
                        book.Resolve(trade.OrderId);
                    }

                    read |= trade.ReceivedAt >= _openedAt;
                    break;
                case PositionClosedUpdate closed:
                    read |= closed.ReceivedAt >= _openedAt;
                    break;
                case PositionsUpdate positions:
                    read |= book.ApplySnapshot(positions.Snapshot, positions.ReceivedAt);
                    break;
                case AccountSnapshotUpdate balances:
                    _balances = balances.Snapshot;
                    break;
            }
        }

        if (read)
        {
            _ = RefreshAsync();
        }
        else
        {
            RetryIfFailing();
        }
    }

    private void RetryIfFailing()
    {
        if (_brokerError is not null && !_refreshing && Time.GetUtcNow() - _lastAttempt >= RetryInterval)
        {
            _ = RefreshAsync();
        }
    }

    /// <summary>Reads positions and pending orders (then symbols and lineage); one read at a time, a request meanwhile runs once more after it.</summary>
    private async Task RefreshAsync()
    {
        if (_refreshing)
        {
            _refreshAgain = true;
            return;
        }

        _refreshing = true;
        try
        {
            do
            {
                _refreshAgain = false;
                if (_book is not { } book || _user is not { } user)
                {
                    return;
                }

                await ReadAsync(book, user);
                _throttle.Request();
            }
            while (_refreshAgain && !_closing.IsCancellationRequested);
        }
        finally
        {
            _refreshing = false;
        }
    }

    private async Task ReadAsync(PositionsBook book, AccessUser user)
    {
        _lastAttempt = Time.GetUtcNow();
        try
        {
            var positions = await Trading.GetPositionsAsync(user, book.AccountId, _closing.Token);
            var orders = await Trading.GetPendingOrdersAsync(user, book.AccountId, _closing.Token);
            if (!ReferenceEquals(book, _book))
            {
                return;
            }

            book.Replace(positions, orders, Time.GetUtcNow());
            _brokerError = null;
        }
        catch (BrokerException ex)
        {
            PositionsLog.ReadFailed(Logger, book.AccountId, ex.Kind.ToString());
            _brokerError = ex.Message;
            return;
        }
        catch (AccessDeniedException)
        {
            Recheck();
            return;
        }
        catch (OperationCanceledException) when (_closing.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            PositionsLog.ReadFault(Logger, ex, book.AccountId);
            _brokerError = "The positions could not be read. The page retries on the next price update.";
            return;
        }

        await LoadSymbolsAsync(book, user);
        if (book.LacksLineage)
        {
            await LoadLineageAsync(book, user);
        }
    }

    private async Task LoadSymbolsAsync(PositionsBook book, AccessUser user)
    {
        foreach (var symbol in book.MissingSymbols)
        {
            try
            {
                if (await Trading.GetSymbolAsync(user, book.AccountId, symbol, _closing.Token) is { } spec)
                {
                    book.SetSymbol(spec);
                }
            }
            catch (Exception ex) when (ex is BrokerException or AccessDeniedException)
            {
                // Digits are inferred from the prices and P/L stays the broker's until the next read.
                PositionsLog.SymbolUnavailable(Logger, ex, book.AccountId, symbol);
            }
        }
    }

    private async Task LoadLineageAsync(PositionsBook book, AccessUser user)
    {
        try
        {
            var open = await History.QueryAsync(user, new TradeHistoryQuery(AccountId: book.AccountId, Status: TradeStatus.Open, Take: 500), _closing.Token);
            book.SetTrades(open.Rows);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Lineage is a label: the positions stay usable without it.
            PositionsLog.LineageUnavailable(Logger, ex, book.AccountId);
        }
    }

    private TradingStatus Status(PositionsBook book)
    {
        if (_user is null)
        {
            return new TradingStatus(book.AccountId, BreakerState.Closed, false, LiveSubscription.SignedOut);
        }

        try
        {
            return Trading.GetStatus(_user, book.AccountId);
        }
        catch (AccessDeniedException ex)
        {
            return new TradingStatus(book.AccountId, BreakerState.Closed, false, ex.Message);
        }
    }

    /// <summary>Whether a position's buttons are enabled: breaker, and a fresh price of its symbol.</summary>
    private TradeAvailability Availability(PositionsBook book, TradingStatus status, string symbol, DateTimeOffset now) =>
        TradeAvailability.Evaluate(status, book.Quote(symbol)?.ReceivedAt, now, Options.Value.StalePriceSeconds);

    private void Retry() => _ = RefreshAsync();

    private void SelectAccount(Guid id) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("account", id.ToString("D")));

    private void Recheck()
    {
        _selection.Recheck(_user);
        Show(_selection.Selected);
    }

    private void OnAccessChanged() => _ = InvokeAsync(() =>
    {
        Recheck();
        StateHasChanged();
    });
}
