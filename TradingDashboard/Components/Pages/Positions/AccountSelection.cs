using TradingDashboard.Components.Pages.Markets;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>
/// Which account a trading page shows (from <c>?account=</c>, else the first visible one) and
/// which notice replaces it when it cannot: unknown, forbidden, deactivated, or access lost while open.
/// </summary>
public sealed class AccountSelection(IAccountAccess access, IAccountDirectory directory, string operation)
{
    // The account whose access went away while shown: it comes back if access is restored.
    private Account? _lost;
    private string? _query;

    public IReadOnlyList<Account> Accounts { get; private set; } = [];

    public Account? Selected { get; private set; }

    public AccountNotice? Notice { get; private set; }

    /// <summary>Chooses the account for a (new) query string value.</summary>
    public void Select(AccessUser? user, string? accountQuery)
    {
        _query = accountQuery;
        Selected = null;
        Notice = null;
        _lost = null;
        if (user is null)
        {
            Accounts = [];
            return;
        }

        Accounts = access.VisibleAccounts(user);
        if (string.IsNullOrWhiteSpace(accountQuery))
        {
            Selected = Accounts.Count > 0 ? Accounts[0] : null;
            return;
        }

        if (!Guid.TryParse(accountQuery, out var id))
        {
            Notice = AccountNotice.NotFound;
            return;
        }

        // Demand rather than CanAccess: an attempt to open someone else's account is logged.
        try
        {
            Selected = access.Demand(user, id, operation);
        }
        catch (AccessDeniedException ex)
        {
            Notice = ex.Reason switch
            {
                AccessDeniedReason.AccountNotFound => AccountNotice.NotFound,
                AccessDeniedReason.AccountInactive => AccountNotice.Inactive,
                _ => AccountNotice.NoAccess,
            };
        }
    }

    /// <summary>Re-reads access after assignments or the registry changed.</summary>
    public void Recheck(AccessUser? user)
    {
        if (user is null)
        {
            return;
        }

        Accounts = access.VisibleAccounts(user);
        if (Selected is { } shown)
        {
            if (access.CanAccess(user, shown.Id))
            {
                // Pick up a rename from the fresh registry.
                Selected = Accounts.FirstOrDefault(a => a.Id == shown.Id) ?? shown;
                return;
            }

            Selected = null;
            _lost = shown;
            Notice = directory.Find(shown.Id) switch
            {
                null => AccountNotice.Removed(shown.DisplayName),
                { IsActive: false } => AccountNotice.Deactivated(shown.DisplayName),
                _ => AccountNotice.AccessLost(shown.DisplayName),
            };
        }
        else if (_lost is { } lost && access.CanAccess(user, lost.Id))
        {
            Selected = Accounts.FirstOrDefault(a => a.Id == lost.Id) ?? lost;
            _lost = null;
            Notice = null;
        }
        else if (Notice is null && string.IsNullOrWhiteSpace(_query) && Accounts.Count > 0)
        {
            // Nothing was assigned when the page opened; show the first account that arrived.
            Selected = Accounts[0];
        }
    }
}
