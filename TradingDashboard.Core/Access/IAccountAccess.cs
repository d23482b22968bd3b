using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Access;

/// <summary>
/// The access policy over an in-memory snapshot of the registry and its user assignments.
/// A user may use an account when it exists, is active, and the user is an admin or assigned
/// to it. Every refusal is logged (user, account, operation, reason).
/// </summary>
public interface IAccountAccess
{
    bool CanAccess(AccessUser user, Guid accountId);

    /// <summary>The active accounts the user may see and trade, by display name.</summary>
    IReadOnlyList<Account> VisibleAccounts(AccessUser user);

    /// <summary>The account, or <see cref="AccessDeniedException"/> (logged) naming why not.</summary>
    /// <param name="operation">What was attempted, for the log: e.g. <c>markets.subscribe</c>.</param>
    Account Demand(AccessUser user, Guid accountId, string operation);

    /// <summary>Throws <see cref="AccessDeniedException"/> (logged) unless the user is an admin.</summary>
    void DemandAdmin(AccessUser user, string operation);

    /// <summary>User ids assigned to an account.</summary>
    IReadOnlyCollection<string> AssignedUsers(Guid accountId);

    /// <summary>Re-reads the assignments (the directory reloads itself on its own changes).</summary>
    Task ReloadAsync(CancellationToken cancellationToken);

    /// <summary>Raised after assignments or the account directory changed: open views re-check what they show.</summary>
    event Action? Changed;
}
