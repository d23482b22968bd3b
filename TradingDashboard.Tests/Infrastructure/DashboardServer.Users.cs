using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Access;
using TradingDashboard.Security.Identity;
using TradingDashboard.Security.Users;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>Users and signed-in clients for tests, created the way an admin creates them.</summary>
public sealed partial class DashboardServer
{
    /// <summary>
    /// Creates a user through <see cref="IUserAdministration"/> as the configured admin and returns
    /// their password. Unless <paramref name="mustChangePassword"/>, the "change at first sign-in"
    /// flag is cleared so the user lands on the page they asked for.
    /// </summary>
    public async Task<string> CreateUserAsync(string userName, string role = Roles.Trader, bool mustChangePassword = false)
    {
        var password = $"Td-{Guid.NewGuid():N}"[..20] + "a1B";
        var admin = await AdminAsync();
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<IUserAdministration>();
        var result = await users.CreateAsync(admin, new NewUser { UserName = userName, Role = role, TemporaryPassword = password }, CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Creating {userName} failed: {string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Value}"))}");
        }

        if (!mustChangePassword)
        {
            var manager = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
            var user = await manager.FindByIdAsync(result.User!.UserId) ?? throw new InvalidOperationException($"{userName} vanished.");
            user.MustChangePassword = false;
            await manager.UpdateAsync(user);
        }

        return password;
    }

    /// <summary>The identity user id of <paramref name="userName"/>.</summary>
    public async Task<string> UserIdAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var user = await manager.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");
        return user.Id;
    }

    /// <summary>The configured admin as Core services see a caller.</summary>
    public async Task<AccessUser> AdminAsync() => new(await UserIdAsync(AdminUserName), AdminUserName, IsAdmin: true);

    /// <summary>A client (cookies kept, redirects off) signed in through the login form.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string userName, string password)
    {
        var client = CreateClient();
        try
        {
            await HttpSignIn.SignInAsync(client, userName, password);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
