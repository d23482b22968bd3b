using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Audit;
using TradingDashboard.Security.Identity;
using TradingDashboard.Security.Users;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Security;

/// <summary>User administration over Identity: admin-only, audited without passwords, never without an unlocked admin.</summary>
public sealed class UserAdministrationTests(SecuredDashboardFixture fixture) : IClassFixture<SecuredDashboardFixture>
{
    private DashboardServer Server => fixture.Server;

    private IUserAdministration Users => Server.Services.GetRequiredService<IUserAdministration>();

    [Fact]
    public async Task Create_ByTrader_IsRefused()
    {
        var trader = new AccessUser("some-id", "someone", IsAdmin: false);

        var error = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Users.CreateAsync(trader, new NewUser { UserName = "never", TemporaryPassword = "Temp-Passw0rd1" }, CancellationToken.None));

        Assert.Equal(AccessDeniedReason.NotAdmin, error.Reason);
    }

    [Fact]
    public async Task Create_ValidUser_MustChangePasswordAndIsAuditedWithoutThePassword()
    {
        var admin = await Server.AdminAsync();
        var name = SecuredDashboardFixture.NewUserName("new");
        const string Password = "Temp-Passw0rd-77";

        var result = await Users.CreateAsync(admin, new NewUser { UserName = name, Email = $"{name}@example.com", Role = Roles.Trader, TemporaryPassword = Password }, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal([Roles.Trader], result.User!.Roles);
        Assert.True((await FindAsync(name))!.MustChangePassword);
        var audit = await AuditAsync(admin, result.User.UserId);
        var entry = Assert.Single(audit);
        Assert.Equal(UserAuditActions.Created, entry.Action);
        Assert.DoesNotContain(entry.Changes, c => c.To == Password || c.From == Password);
    }

    [Fact]
    public async Task Create_WeakPasswordOrDuplicateName_FieldErrors()
    {
        var admin = await Server.AdminAsync();

        var weak = await Users.CreateAsync(admin, new NewUser { UserName = SecuredDashboardFixture.NewUserName("weak"), TemporaryPassword = "short" }, CancellationToken.None);
        var duplicate = await Users.CreateAsync(admin, new NewUser { UserName = DashboardServer.AdminUserName, TemporaryPassword = "Temp-Passw0rd-77" }, CancellationToken.None);

        Assert.Contains(nameof(NewUser.TemporaryPassword), weak.Errors.Keys);
        Assert.Contains(nameof(NewUser.UserName), duplicate.Errors.Keys);
    }

    [Fact]
    public async Task LockDemoteOrDelete_TheLastUnlockedAdmin_IsRefused()
    {
        // Its own server: the shared one gains admins from other tests.
        await using var server = DashboardServer.Start(new Dictionary<string, string?> { ["Simulator:Enabled"] = "false" });
        var users = server.Services.GetRequiredService<IUserAdministration>();
        var admin = await server.AdminAsync();
        var otherAdmin = SecuredDashboardFixture.NewUserName("adm");
        await server.CreateUserAsync(otherAdmin, Roles.Admin);
        var otherId = await server.UserIdAsync(otherAdmin);
        Assert.True((await users.SetLockedAsync(admin, otherId, locked: true, CancellationToken.None)).Succeeded);

        var lockSelf = await users.SetLockedAsync(admin, admin.UserId, locked: true, CancellationToken.None);
        var demoteSelf = await users.SetRoleAsync(admin, admin.UserId, Roles.Trader, CancellationToken.None);
        var deleteOther = await users.DeleteAsync(admin, otherId, CancellationToken.None);

        Assert.False(lockSelf.Succeeded);
        Assert.False(demoteSelf.Succeeded);
        Assert.Contains("unlocked admin", lockSelf.Errors[string.Empty], StringComparison.Ordinal);
        Assert.True(deleteOther.Succeeded);
        Assert.DoesNotContain(await users.ListAsync(admin, CancellationToken.None), u => u.UserId == otherId);
    }

    [Fact]
    public async Task UserDirectoryListAsync_Trader_RefusedAndLogged()
    {
        var name = SecuredDashboardFixture.NewUserName("nosy");
        await Server.CreateUserAsync(name);
        var trader = new AccessUser(await Server.UserIdAsync(name), name, IsAdmin: false);
        var directory = Server.Services.GetRequiredService<IUserDirectory>();

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => directory.ListAsync(trader, CancellationToken.None));

        Assert.Equal(AccessDeniedReason.NotAdmin, refused.Reason);
        Assert.NotEmpty(await directory.ListAsync(await Server.AdminAsync(), CancellationToken.None));
    }

    [Fact]
    public async Task LockRoleAndReset_RenewTheSecurityStampAndAreAudited()
    {
        var admin = await Server.AdminAsync();
        var name = SecuredDashboardFixture.NewUserName("stamp");
        await Server.CreateUserAsync(name);
        var id = await Server.UserIdAsync(name);
        var stamps = new List<string?> { (await FindAsync(name))!.SecurityStamp };

        Assert.True((await Users.SetRoleAsync(admin, id, Roles.Admin, CancellationToken.None)).Succeeded);
        stamps.Add((await FindAsync(name))!.SecurityStamp);
        var locked = await Users.SetLockedAsync(admin, id, locked: true, CancellationToken.None);
        stamps.Add((await FindAsync(name))!.SecurityStamp);
        Assert.True((await Users.SetLockedAsync(admin, id, locked: false, CancellationToken.None)).Succeeded);
        Assert.True((await Users.ResetPasswordAsync(admin, id, "Reset-Passw0rd-9", CancellationToken.None)).Succeeded);
        stamps.Add((await FindAsync(name))!.SecurityStamp);

        Assert.True(locked.User!.IsLockedOut);
        Assert.Equal(stamps.Count, stamps.Distinct().Count());
        Assert.True((await FindAsync(name))!.MustChangePassword);
        var actions = (await AuditAsync(admin, id)).Select(a => a.Action).ToList();
        Assert.Equal([UserAuditActions.PasswordReset, UserAuditActions.Unlocked, UserAuditActions.Locked, UserAuditActions.RoleChanged, UserAuditActions.Created], actions);
    }

    [Fact]
    public async Task Delete_RemovesTheUserTheirAssignmentsAndAudits()
    {
        var admin = await Server.AdminAsync();
        var name = SecuredDashboardFixture.NewUserName("del");
        await Server.CreateUserAsync(name);
        var id = await Server.UserIdAsync(name);
        var access = Server.Services.GetRequiredService<IAccountAccess>();
        var account = access.VisibleAccounts(admin)[0];
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<TradingDashboard.Core.Accounts.Administration.IAccountAdministration>();
            Assert.True((await accounts.SetAssignmentsAsync(admin, account.Id, [id], CancellationToken.None)).Succeeded);
        }

        Assert.Contains(id, access.AssignedUsers(account.Id));
        var result = await Users.DeleteAsync(admin, id, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Null(await FindAsync(name));
        Assert.DoesNotContain(id, access.AssignedUsers(account.Id));
        Assert.Contains(await AuditAsync(admin, id), a => a.Action == UserAuditActions.Deleted);
        Assert.DoesNotContain(await Server.Services.GetRequiredService<IUserDirectory>().ListAsync(admin, CancellationToken.None), u => u.UserId == id);
    }

    private async Task<DashboardUser?> FindAsync(string userName)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>().FindByNameAsync(userName);
    }

    private async Task<IReadOnlyList<AuditRecord>> AuditAsync(AccessUser admin, string userId) =>
        (await Server.Services.GetRequiredService<IAuditLog>().QueryAsync(admin, new AuditQuery(SubjectId: userId, ActionPrefix: "user."), CancellationToken.None)).Items;
}
