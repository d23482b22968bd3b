using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts.Credentials;

namespace TradingDashboard.Core.Accounts.Administration;

/// <summary>
/// The admin's account registry: every method demands <see cref="Roles.Admin"/>, writes an audit
/// entry in the same transaction as the change (never a secret), and reloads the directory and
/// access snapshot after commit so the consumer and open sessions follow at once.
/// </summary>
public interface IAccountAdministration
{
    Task<IReadOnlyList<AccountDetails>> ListAsync(AccessUser admin, CancellationToken cancellationToken);

    Task<AccountDetails?> GetAsync(AccessUser admin, Guid accountId, CancellationToken cancellationToken);

    /// <summary>Creates an account; a duplicate id or (platform, login) is a field error, not an exception.</summary>
    Task<AccountChangeResult> CreateAsync(AccessUser admin, AccountDraft draft, CancellationToken cancellationToken);

    Task<AccountChangeResult> UpdateAsync(AccessUser admin, Guid accountId, AccountDraft draft, CancellationToken cancellationToken);

    Task<AccountChangeResult> SetActiveAsync(AccessUser admin, Guid accountId, bool active, CancellationToken cancellationToken);

    /// <summary>Replaces the set of users who may see and trade the account.</summary>
    Task<AccountChangeResult> SetAssignmentsAsync(AccessUser admin, Guid accountId, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);

    /// <summary>Encrypts and stores a secret; write-only: nothing returns it.</summary>
    Task<AccountChangeResult> SetCredentialAsync(AccessUser admin, Guid accountId, CredentialKind kind, string secret, CancellationToken cancellationToken);

    Task<AccountChangeResult> ClearCredentialAsync(AccessUser admin, Guid accountId, CredentialKind kind, CancellationToken cancellationToken);

    /// <summary>Asks the bridge for the account's info and compares it with the registry.</summary>
    Task<ConnectionTestResult> TestConnectionAsync(AccessUser admin, Guid accountId, CancellationToken cancellationToken);

    /// <summary>Removes every assignment of a user (called when the user is deleted).</summary>
    Task RemoveUserAsync(AccessUser admin, string userId, CancellationToken cancellationToken);
}
