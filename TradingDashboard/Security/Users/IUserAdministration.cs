using TradingDashboard.Core.Access;

namespace TradingDashboard.Security.Users;

/// <summary>
/// Admin management of dashboard users over ASP.NET Core Identity. Every method demands
/// <see cref="Roles.Admin"/> (refusals logged), audits the change (never a password), and keeps
/// at least one unlocked admin: an admin cannot delete, lock or demote the last one.
/// </summary>
public interface IUserAdministration
{
    Task<IReadOnlyList<UserSummary>> ListAsync(AccessUser admin, CancellationToken cancellationToken);

    /// <summary>Creates a user with a temporary password they must change at first sign-in.</summary>
    Task<UserChangeResult> CreateAsync(AccessUser admin, NewUser user, CancellationToken cancellationToken);

    Task<UserChangeResult> SetRoleAsync(AccessUser admin, string userId, string role, CancellationToken cancellationToken);

    /// <summary>Locks a user out (their open sessions end within the revalidation interval) or unlocks them.</summary>
    Task<UserChangeResult> SetLockedAsync(AccessUser admin, string userId, bool locked, CancellationToken cancellationToken);

    /// <summary>Sets a temporary password the user must change at next sign-in.</summary>
    Task<UserChangeResult> ResetPasswordAsync(AccessUser admin, string userId, string temporaryPassword, CancellationToken cancellationToken);

    /// <summary>Deletes the user and every account assignment they had.</summary>
    Task<UserChangeResult> DeleteAsync(AccessUser admin, string userId, CancellationToken cancellationToken);
}
