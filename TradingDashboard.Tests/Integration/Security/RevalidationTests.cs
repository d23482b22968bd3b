using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TradingDashboard.Security.Authentication;
using TradingDashboard.Security.Identity;
using TradingDashboard.Security.Users;

namespace TradingDashboard.Tests.Integration.Security;

/// <summary>What an open circuit's periodic re-check sees after an admin changes the user.</summary>
public sealed class RevalidationTests(SecuredDashboardFixture fixture) : IClassFixture<SecuredDashboardFixture>
{
    [Fact]
    public async Task IsCurrent_UnchangedUser_True()
    {
        var (principal, _) = await SignedInPrincipalAsync();

        Assert.True(await Provider().IsCurrentAsync(principal));
    }

    [Theory]
    [InlineData("lock")]
    [InlineData("role")]
    [InlineData("reset")]
    [InlineData("delete")]
    public async Task IsCurrent_AfterAdminChange_False(string change)
    {
        var (principal, id) = await SignedInPrincipalAsync();
        var admin = await fixture.Server.AdminAsync();
        var users = fixture.Server.Services.GetRequiredService<IUserAdministration>();

        var result = change switch
        {
            "lock" => await users.SetLockedAsync(admin, id, locked: true, CancellationToken.None),
            "role" => await users.SetRoleAsync(admin, id, TradingDashboard.Core.Access.Roles.Admin, CancellationToken.None),
            "reset" => await users.ResetPasswordAsync(admin, id, "Reset-Passw0rd-5", CancellationToken.None),
            _ => await users.DeleteAsync(admin, id, CancellationToken.None),
        };

        Assert.True(result.Succeeded);
        Assert.False(await Provider().IsCurrentAsync(principal));
    }

    private IdentityRevalidatingAuthenticationStateProvider Provider() => new(
        NullLoggerFactory.Instance,
        fixture.Server.Services.GetRequiredService<IServiceScopeFactory>(),
        fixture.Server.Services.GetRequiredService<IOptions<IdentityOptions>>());

    private async Task<(ClaimsPrincipal Principal, string UserId)> SignedInPrincipalAsync()
    {
        var name = SecuredDashboardFixture.NewUserName("circuit");
        await fixture.Server.CreateUserAsync(name);
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<DashboardUser>>();
        var user = (await users.FindByNameAsync(name))!;
        return (await factory.CreateAsync(user), user.Id);
    }
}
