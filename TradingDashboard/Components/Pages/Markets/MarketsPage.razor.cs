using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TradingDashboard.Components.Shared;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts;

namespace TradingDashboard.Components.Pages.Markets;

/// <summary>
/// Market watch and account card for one account the user may see, chosen in a selector and
/// kept in <c>?account={id}</c>. Follows access changes while open: an account whose assignment
/// is removed or which is deactivated is replaced by a notice at once.
/// </summary>
public sealed partial class MarketsPage : IDisposable
{
    public const string ViewOperation = "markets.view";

    private IReadOnlyList<TradingDashboard.Core.Domain.Account> _accounts = [];
    private AccessUser? _user;
    private TradingDashboard.Core.Domain.Account? _selected;
    private AccountNotice? _notice;

    // The account whose access went away while shown: it comes back if access is restored.
    private TradingDashboard.Core.Domain.Account? _lost;
    private bool _listening;

    [Inject]
    private IAccountAccess Access { get; set; } = default!;

    [Inject]
    private IAccountDirectory Directory { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The selected account's id from the query string; the first visible account when absent.</summary>
    [SupplyParameterFromQuery(Name = "account")]
    public string? AccountQuery { get; set; }

    public void Dispose()
    {
        if (_listening)
        {
            Access.Changed -= OnAccessChanged;
        }
    }

    protected override void OnInitialized()
    {
        Access.Changed += OnAccessChanged;
        _listening = true;
    }

    protected override async Task OnParametersSetAsync()
    {
        _user = await SignedInUser.ResolveAsync(AuthenticationState);
        Select();
    }

    private void Select()
    {
        _selected = null;
        _notice = null;
        _lost = null;
        if (_user is null)
        {
            _accounts = [];
            return;
        }

        _accounts = Access.VisibleAccounts(_user);
        if (string.IsNullOrWhiteSpace(AccountQuery))
        {
            _selected = _accounts.Count > 0 ? _accounts[0] : null;
            return;
        }

        if (!Guid.TryParse(AccountQuery, out var id))
        {
            _notice = AccountNotice.NotFound;
            return;
        }

        // Demand rather than CanAccess: an attempt to open someone else's account is logged.
        try
        {
            _selected = Access.Demand(_user, id, ViewOperation);
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

    // Runs on the circuit after assignments or the registry changed.
    private void Recheck()
    {
        if (_user is null)
        {
            return;
        }

        _accounts = Access.VisibleAccounts(_user);
        if (_selected is { } shown)
        {
            if (Access.CanAccess(_user, shown.Id))
            {
                // Pick up a rename or a new server from the fresh registry.
                _selected = _accounts.FirstOrDefault(a => a.Id == shown.Id) ?? shown;
                return;
            }

            _selected = null;
            _lost = shown;
            _notice = Directory.Find(shown.Id) switch
            {
                null => AccountNotice.Removed(shown.DisplayName),
                { IsActive: false } => AccountNotice.Deactivated(shown.DisplayName),
                _ => AccountNotice.AccessLost(shown.DisplayName),
            };
        }
        else if (_lost is { } lost && Access.CanAccess(_user, lost.Id))
        {
            _selected = _accounts.FirstOrDefault(a => a.Id == lost.Id) ?? lost;
            _lost = null;
            _notice = null;
        }
        else if (_notice is null && string.IsNullOrWhiteSpace(AccountQuery) && _accounts.Count > 0)
        {
            // Nothing was assigned when the page opened; show the first account that arrived.
            _selected = _accounts[0];
        }
    }

    private void SelectAccount(Guid id) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("account", id.ToString("D")));

    private void OnAccessChanged() => _ = InvokeAsync(() =>
    {
        Recheck();
        StateHasChanged();
    });
}
