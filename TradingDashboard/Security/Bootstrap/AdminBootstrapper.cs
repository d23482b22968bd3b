using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Access;
using TradingDashboard.Security.Identity;

namespace TradingDashboard.Security.Bootstrap;

/// <summary>
/// First start: makes sure the roles exist and that there is an admin. With <c>Security:Admin</c>
/// configured that admin is created with the configured password; otherwise <c>admin</c> gets a
/// generated password, shown once on the console, that must be changed at first sign-in.
/// Once any admin exists this does nothing, so a restart never shows a password again.
/// </summary>
public sealed partial class AdminBootstrapper(
    IServiceScopeFactory scopes,
    IOptions<SecurityOptions> options,
    AdminPasswordBanner banner,
    TimeProvider time,
    ILogger<AdminBootstrapper> logger)
{
    public const string DefaultAdminUserName = "admin";

    public async Task EnsureAdminAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var configured = options.Value.Admin;
        if (configured is { IsConfigured: true, ResetPassword: true })
        {
            await ResetConfiguredAdminAsync(users, configured.UserName!.Trim(), configured.Password!);
            return;
        }

        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        if (configured.IsConfigured)
        {
            await EnsureConfiguredAdminAsync(users, configured.UserName!.Trim(), configured.Password!);
        }
        else
        {
            await CreateGeneratedAdminAsync(users);
        }
    }

    private async Task EnsureConfiguredAdminAsync(UserManager<DashboardUser> users, string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            user = new DashboardUser { UserName = userName, CreatedAt = time.GetUtcNow() };
            Check(await users.CreateAsync(user, password), $"create the configured admin {userName}");
        }

        Check(await users.AddToRoleAsync(user, Roles.Admin), $"make {userName} an admin");
        LogConfiguredAdmin(userName);
    }

    private async Task ResetConfiguredAdminAsync(UserManager<DashboardUser> users, string userName, string password)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            await EnsureConfiguredAdminAsync(users, userName, password);
            return;
        }

        user.MustChangePassword = false;
        Check(await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password), $"reset the password of {userName}");
        Check(await users.SetLockoutEndDateAsync(user, null), $"unlock {userName}");
        Check(await users.ResetAccessFailedCountAsync(user), $"reset the failed sign-ins of {userName}");
        if (!await users.IsInRoleAsync(user, Roles.Admin))
        {
            Check(await users.AddToRoleAsync(user, Roles.Admin), $"make {userName} an admin");
        }

        LogAdminReset(userName);
    }

    private async Task CreateGeneratedAdminAsync(UserManager<DashboardUser> users)
    {
        var password = GeneratedPassword.Create();
        var user = await users.FindByNameAsync(DefaultAdminUserName);
        if (user is null)
        {
            user = new DashboardUser { UserName = DefaultAdminUserName, CreatedAt = time.GetUtcNow(), MustChangePassword = true };
            Check(await users.CreateAsync(user, password), "create the first admin");
        }
        else
        {
            // A non-admin "admin" left over: promote it with a fresh password rather than guess another name.
            user.MustChangePassword = true;
            Check(await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password), "reset the first admin's password");
        }

        Check(await users.AddToRoleAsync(user, Roles.Admin), "make the first admin an admin");
        banner.Show(DefaultAdminUserName, password);
        LogGeneratedAdmin(DefaultAdminUserName);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin {UserName} set up from configuration (Security:Admin)")]
    private partial void LogConfiguredAdmin(string userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin {UserName} recovered from configuration (Security:Admin:ResetPassword): password reset, unlocked; remove the setting")]
    private partial void LogAdminReset(string userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the first admin {UserName} with a generated password, shown once on the console; it must be changed at first sign-in")]
    private partial void LogGeneratedAdmin(string userName);
}
