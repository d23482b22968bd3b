using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using Radzen.Blazor;
using TradingDashboard.Components.Pages.Markets;
using TradingDashboard.Components.Pages.Positions;
using TradingDashboard.Components.Shared;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Resilience;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.History;
using TradingDashboard.Endpoints;

namespace TradingDashboard.Components.Pages.History;

/// <summary>
/// The dashboard's books: every trade of the user's accounts, newest first, paged on the server,
/// filtered by account, symbol, source, status, close reason and opening date; each row expands
/// into its steps (open, modify, partial close, close: who, when, what the broker said). "Export
/// CSV" downloads the same filters from <see cref="TradeHistoryCsvQuery.Path"/>.
/// </summary>
public sealed partial class HistoryPage : IDisposable
{
    public const string ViewOperation = "history.view";

    public const int PageSize = 25;

    private static readonly IReadOnlyList<FilterOption<TradeSource>> Sources =
        [.. Enum.GetValues<TradeSource>().Select(s => new FilterOption<TradeSource>(s, s.ToString()))];

    private static readonly IReadOnlyList<FilterOption<TradeStatus>> Statuses =
        [.. Enum.GetValues<TradeStatus>().Select(s => new FilterOption<TradeStatus>(s, s.ToString()))];

    private static readonly IReadOnlyList<FilterOption<CloseReason>> Reasons =
        [.. Enum.GetValues<CloseReason>().Select(r => new FilterOption<CloseReason>(r, HistoryText.Reason(r)))];

    private readonly CancellationTokenSource _closing = new();

    // Digits per account and symbol: the symbol's specification, else inferred from the stored prices.
    private readonly Dictionary<(Guid, string), int> _digits = [];
    private readonly HashSet<(Guid, string)> _asked = [];
    private RadzenDataGrid<TradeHistoryRow>? _grid;
    private IReadOnlyList<TradeHistoryRow>? _rows;
    private IReadOnlyList<Account> _accounts = [];
    private IReadOnlyDictionary<string, string> _names = new Dictionary<string, string>();
    private AccessUser? _user;
    private AccountNotice? _notice;
    private string? _error;
    private int _total;
    private bool _loading;
    private bool _listening;

    private Guid? _accountId;
    private string? _symbol;
    private TradeSource? _source;
    private TradeStatus? _status;
    private CloseReason? _reason;
    private DateTime? _from;
    private DateTime? _to;

    [Inject]
    private ITradeHistory TradeHistory { get; set; } = default!;

    [Inject]
    private ITradingService Trading { get; set; } = default!;

    [Inject]
    private IAccountAccess Access { get; set; } = default!;

    [Inject]
    private IUserDirectory Users { get; set; } = default!;

    [Inject]
    private ISecuredMarketFeed Feed { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<HistoryPage> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>Pre-selects an account, e.g. from the Positions page.</summary>
    [SupplyParameterFromQuery(Name = "account")]
    public string? AccountQuery { get; set; }

    /// <summary>The CSV download for the filters on screen.</summary>
    private string ExportHref => TradeHistoryCsvQuery.Link(Query(0, PageSize));

    private bool ShowAccount => _accountId is null && _accounts.Count > 1;

    public void Dispose()
    {
        if (_listening)
        {
            Access.Changed -= OnAccessChanged;
        }

        StopFollowing();

        _closing.Cancel();
        _closing.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        _user = await SignedInUser.ResolveAsync(AuthenticationState);
        if (_user is null)
        {
            _error = LiveSubscription.SignedOut;
            return;
        }

        Access.Changed += OnAccessChanged;
        _listening = true;
        _accounts = Access.VisibleAccounts(_user);
        SelectFromQuery(_user);
        if (_user.IsAdmin)
        {
            try
            {
                _names = (await Users.ListAsync(_user, _closing.Token)).ToDictionary(u => u.UserId, u => u.UserName, StringComparer.Ordinal);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                HistoryLog.NamesUnavailable(Logger, ex);
            }
        }
    }

    private void SelectFromQuery(AccessUser user)
    {
        if (string.IsNullOrWhiteSpace(AccountQuery))
        {
            return;
        }

        if (!Guid.TryParse(AccountQuery, out var id))
        {
            _notice = AccountNotice.NotFound;
            return;
        }

        try
        {
            _accountId = Access.Demand(user, id, ViewOperation).Id;
        }
        catch (AccessDeniedException ex)
        {
            _notice = ex.Reason switch
            {
                AccessDeniedReason.AccountNotFound => AccountNotice.NotFound,
                AccessDeniedReason.AccountInactive => AccountNotice.Inactive,
                _ => AccountNotice.NoAccess,
            };
        }
    }

    private TradeHistoryQuery Query(int skip, int take) => new(
        _accountId,
        string.IsNullOrWhiteSpace(_symbol) ? null : _symbol.Trim(),
        _source,
        _status,
        _reason,
        _from is { } from ? new DateTimeOffset(DateTime.SpecifyKind(from.Date, DateTimeKind.Utc)) : null,
        _to is { } to ? new DateTimeOffset(DateTime.SpecifyKind(to.Date, DateTimeKind.Utc)).AddDays(1) : null,
        skip,
        take);

    private async Task LoadAsync(LoadDataArgs args)
    {
        if (_user is null || _notice is not null)
        {
            return;
        }

        _loading = true;
        try
        {
            var page = await TradeHistory.QueryAsync(_user, Query(args.Skip ?? 0, args.Top ?? PageSize), _closing.Token);
            _rows = page.Rows;
            _total = page.Total;
            _error = null;
        }
        catch (AccessDeniedException ex)
        {
            _rows = [];
            _total = 0;
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            HistoryLog.LoadFailed(Logger, ex);
            _error = "The trade history could not be loaded. Try again in a moment.";
        }
        finally
        {
            _loading = false;
        }

        if (_rows is { Count: > 0 } rows)
        {
            _ = LoadDigitsAsync(rows);
        }
    }

    // Symbol specifications come from the broker (cached there for a minute); until then, or when
    // the broker is unreachable, digits are inferred from the prices themselves.
    private async Task LoadDigitsAsync(IReadOnlyList<TradeHistoryRow> rows)
    {
        if (_user is not { } user)
        {
            return;
        }

        var changed = false;
        foreach (var row in rows)
        {
            var key = (row.AccountId, row.Symbol.ToUpperInvariant());
            if (!_asked.Add(key))
            {
                continue;
            }

            try
            {
                if (await Trading.GetSymbolAsync(user, row.AccountId, row.Symbol, _closing.Token) is { } spec)
                {
                    _digits[key] = spec.Digits;
                    changed = true;
                }
            }
            catch (Exception ex) when (ex is BrokerException or AccessDeniedException)
            {
                HistoryLog.SymbolUnavailable(Logger, ex, row.AccountId, row.Symbol);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (changed)
        {
            StateHasChanged();
        }
    }

    private int Digits(TradeHistoryRow row)
    {
        if (_digits.TryGetValue((row.AccountId, row.Symbol.ToUpperInvariant()), out var digits))
        {
            return digits;
        }

        var prices = new List<decimal> { row.OpenPrice };
        prices.AddRange(new[] { row.ClosePrice, row.StopLoss, row.TakeProfit }.OfType<decimal>());
        prices.AddRange(row.Steps.Select(s => s.FillPrice).OfType<decimal>());
        return PriceText.InferDigits([.. prices]);
    }

    private string AccountCurrency(TradeHistoryRow row) =>
        _accounts.FirstOrDefault(a => a.Id == row.AccountId)?.Currency ?? string.Empty;

    private string Who(TradeStep step) => HistoryText.Who(step.RequestedBy, _user?.UserId ?? string.Empty, _names);

    private async Task ApplyFiltersAsync()
    {
        if (_grid is not null)
        {
            await _grid.FirstPage(forceReload: true);
        }
    }

    private async Task SetAccountAsync(Guid? accountId)
    {
        _accountId = accountId;
        _notice = null;
        await ApplyFiltersAsync();
    }

    private async Task ClearFiltersAsync()
    {
        _accountId = null;
        _notice = null;
        _symbol = null;
        _source = null;
        _status = null;
        _reason = null;
        _from = null;
        _to = null;
        await ApplyFiltersAsync();
    }

    private async Task ToggleAsync(TradeHistoryRow row)
    {
        if (_grid is null)
        {
            return;
        }

        if (_grid.IsRowExpanded(row))
        {
            await _grid.CollapseRows([row]);
        }
        else
        {
            await _grid.ExpandRow(row);
        }
    }

    private static void OnRowRender(RowRenderEventArgs<TradeHistoryRow> args)
    {
        if (args.Data is { } row)
        {
            args.Attributes.Add("data-ticket", row.PositionTicket);
            args.Attributes.Add("data-trade", row.TradeId.ToString("D"));
            args.Attributes.Add("data-status", row.Status.ToString());
        }
    }

    private static string ProfitTitle(TradeHistoryRow row) => string.Create(
        CultureInfo.InvariantCulture,
        $"Profit {row.RealizedProfit:N2}, swap {row.Swap:N2}, commission {row.Commission:N2}: net {Net(row):N2}");

    private static decimal Net(TradeHistoryRow row) => row.RealizedProfit + row.Swap + row.Commission;

    private void OnAccessChanged() => _ = InvokeAsync(async () =>
    {
        if (_user is null)
        {
            return;
        }

        _accounts = Access.VisibleAccounts(_user);
        FollowAccounts();
        if (_accountId is { } id && !Access.CanAccess(_user, id))
        {
            _accountId = null;
            _notice = AccountNotice.NoAccess;
        }

        // Trades of an account whose access went away must leave the screen.
        await ApplyFiltersAsync();
        StateHasChanged();
    });
}
