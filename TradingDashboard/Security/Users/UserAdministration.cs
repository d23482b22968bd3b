using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Audit;
using TradingDashboard.Security.Identity;
using TradingDashboard.Security.Persistence;

namespace TradingDashboard.Security.Users;

/// <summary>
/// <see cref="IUserAdministration"/> over Identity. Each call runs in its own DI scope (a fresh
/// DbContext) because admin pages live in long-lived circuits. Role, lock and password changes
/// renew the security stamp, so the user's cookie and open circuits stop being accepted.
/// </summary>
internal sealed partial class UserAdministration(IServiceScopeFactory scopes, TimeProvider time, ILogger<UserAdministration> logger) : IUserAdministration
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(AccessUser admin, CancellationToken cancellationToken)
    {
        DemandAdmin(admin, "users.list");
        await using var scope = scopes.CreateAsyncScope();
        return await UserSummaries.ListAsync(scope.ServiceProvider.GetRequiredService<SecurityDbContext>(), time.GetUtcNow(), cancellationToken);
    }

    public async Task<UserChangeResult> CreateAsync(AccessUser admin, NewUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        DemandAdmin(admin, "users.create");
        if (Validate(user) is { } invalid)
        {
            return invalid;
        }

        await using var scope = scopes.CreateAsyncScope();
        var context = new Context(scope.ServiceProvider);
        var created = new DashboardUser
        {
            UserName = user.UserName.Trim(),
            Email = string.IsNullOrWhiteSpace(user.Email) ? null : user.Email.Trim(),
            MustChangePassword = true,
            CreatedAt = time.GetUtcNow(),
        };
        var result = await context.Users.CreateAsync(created, user.TemporaryPassword);
        if (!result.Succeeded)
        {
            return UserChangeErrors.Failed(result);
        }

        await context.Users.AddToRoleAsync(created, user.Role);
        await context.AuditAsync(admin, UserAuditActions.Created, created, [new("role", null, user.Role), new("email", null, created.Email), new("password", null, "(set)")], cancellationToken);
        LogChanged(admin.UserName, UserAuditActions.Created, created.UserName);
        return await context.ResultAsync(created, time.GetUtcNow());
    }

    public async Task<UserChangeResult> SetRoleAsync(AccessUser admin, string userId, string role, CancellationToken cancellationToken)
    {
        DemandAdmin(admin, "users.set_role");
        if (!Roles.All.Contains(role))
        {
            return UserChangeErrors.Failed(nameof(NewUser.Role), "Choose Admin or Trader.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var context = new Context(scope.ServiceProvider);
        if (await context.Users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        var current = await context.Users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == role)
        {
            return await context.ResultAsync(user, time.GetUtcNow());
        }

        if (role != Roles.Admin && await context.IsLastUnlockedAdminAsync(user, time.GetUtcNow()))
        {
            return LastAdmin();
        }

        await context.Users.RemoveFromRolesAsync(user, current);
        await context.Users.AddToRoleAsync(user, role);
        await context.Users.UpdateSecurityStampAsync(user);
        await context.AuditAsync(admin, UserAuditActions.RoleChanged, user, [new("role", string.Join(",", current), role)], cancellationToken);
        LogChanged(admin.UserName, UserAuditActions.RoleChanged, user.UserName);
        return await context.ResultAsync(user, time.GetUtcNow());
    }

    public async Task<UserChangeResult> SetLockedAsync(AccessUser admin, string userId, bool locked, CancellationToken cancellationToken)
    {
        DemandAdmin(admin, locked ? "users.lock" : "users.unlock");
        await using var scope = scopes.CreateAsyncScope();
        var context = new Context(scope.ServiceProvider);
        if (await context.Users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        var now = time.GetUtcNow();
        if (locked && await context.IsLastUnlockedAdminAsync(user, now))
        {
            return LastAdmin();
        }

        var wasLocked = UserSummaries.IsLockedOut(user, now);
        if (locked)
        {
            await context.Users.SetLockoutEnabledAsync(user, true);
            await context.Users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        }
        else
        {
            await context.Users.SetLockoutEndDateAsync(user, null);
            await context.Users.ResetAccessFailedCountAsync(user);
        }

        await context.Users.UpdateSecurityStampAsync(user);
        var action = locked ? UserAuditActions.Locked : UserAuditActions.Unlocked;
        await context.AuditAsync(admin, action, user, [new("locked", wasLocked ? "true" : "false", locked ? "true" : "false")], cancellationToken);
        LogChanged(admin.UserName, action, user.UserName);
        return await context.ResultAsync(user, now);
    }

    public async Task<UserChangeResult> ResetPasswordAsync(AccessUser admin, string userId, string temporaryPassword, CancellationToken cancellationToken)
    {
        DemandAdmin(admin, "users.reset_password");
        await using var scope = scopes.CreateAsyncScope();
        var context = new Context(scope.ServiceProvider);
        if (await context.Users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        // Resetting renews the security stamp: the user's sessions end and the new password must be changed.
        var token = await context.Users.GeneratePasswordResetTokenAsync(user);
        user.MustChangePassword = true;
        var result = await context.Users.ResetPasswordAsync(user, token, temporaryPassword ?? string.Empty);
        if (!result.Succeeded)
        {
            return UserChangeErrors.Failed(result);
        }

        await context.AuditAsync(admin, UserAuditActions.PasswordReset, user, [new("password", null, "(set)")], cancellationToken);
        LogChanged(admin.UserName, UserAuditActions.PasswordReset, user.UserName);
        return await context.ResultAsync(user, time.GetUtcNow());
    }

    public async Task<UserChangeResult> DeleteAsync(AccessUser admin, string userId, CancellationToken cancellationToken)
    {
        DemandAdmin(admin, "users.delete");
        await using var scope = scopes.CreateAsyncScope();
        var context = new Context(scope.ServiceProvider);
        if (await context.Users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        if (user.Id == admin.UserId)
        {
            return UserChangeErrors.Failed(string.Empty, "You cannot delete your own user.");
        }

        var now = time.GetUtcNow();
        if (await context.IsLastUnlockedAdminAsync(user, now))
        {
            return LastAdmin();
        }

        var summary = (await context.ResultAsync(user, now)).User!;
        await scope.ServiceProvider.GetRequiredService<IAccountAdministration>().RemoveUserAsync(admin, user.Id, cancellationToken);
        var result = await context.Users.DeleteAsync(user);
        if (!result.Succeeded)
        {
            return UserChangeErrors.Failed(result);
        }

        await context.AuditAsync(admin, UserAuditActions.Deleted, user, [new("roles", string.Join(",", summary.Roles), null)], cancellationToken);
        LogChanged(admin.UserName, UserAuditActions.Deleted, user.UserName);
        return new UserChangeResult(summary, new Dictionary<string, string>());
    }

    private static UserChangeResult? Validate(NewUser user)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(user, new ValidationContext(user), results, validateAllProperties: true))
        {
            return new UserChangeResult(null, results
                .GroupBy(r => r.MemberNames.FirstOrDefault() ?? string.Empty)
                .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(r => r.ErrorMessage))));
        }

        return Roles.All.Contains(user.Role) ? null : UserChangeErrors.Failed(nameof(NewUser.Role), "Choose Admin or Trader.");
    }

    private static UserChangeResult NotFound() => UserChangeErrors.Failed(string.Empty, "The user no longer exists.");

    private static UserChangeResult LastAdmin() => UserChangeErrors.Failed(string.Empty, "At least one unlocked admin must remain.");

    private void DemandAdmin(AccessUser admin, string operation)
    {
        ArgumentNullException.ThrowIfNull(admin);
        if (!admin.IsAdmin)
        {
            LogRefused(admin.UserName, admin.UserId, operation);
            throw new AccessDeniedException(AccessDeniedReason.NotAdmin, "Only admins can manage users.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Admin} did {Action} on user {UserName}")]
    private partial void LogChanged(string admin, string action, string? userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Operation} to {UserName} ({UserId}): not an admin")]
    private partial void LogRefused(string userName, string userId, string operation);

    /// <summary>The services of one call's scope.</summary>
    private sealed class Context(IServiceProvider services)
    {
        public UserManager<DashboardUser> Users { get; } = services.GetRequiredService<UserManager<DashboardUser>>();

        public Task AuditAsync(AccessUser admin, string action, DashboardUser user, IReadOnlyList<AuditChange> changes, CancellationToken cancellationToken) =>
            services.GetRequiredService<IAuditLog>().AppendAsync(admin, action, UserAuditActions.SubjectType, user.Id, user.UserName, changes, cancellationToken);

        public async Task<UserChangeResult> ResultAsync(DashboardUser user, DateTimeOffset now) =>
            new(UserSummaries.From(user, [.. (await Users.GetRolesAsync(user)).Order(StringComparer.Ordinal)], now), new Dictionary<string, string>());

        /// <summary>Whether <paramref name="user"/> is the only admin who can still sign in.</summary>
        public async Task<bool> IsLastUnlockedAdminAsync(DashboardUser user, DateTimeOffset now)
        {
            var admins = await Users.GetUsersInRoleAsync(Roles.Admin);
            return admins.Any(a => a.Id == user.Id) && !UserSummaries.IsLockedOut(user, now)
                && admins.Count(a => !UserSummaries.IsLockedOut(a, now)) <= 1;
        }
    }
}
