using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Access;

namespace TradingDashboard.Tests.Integration.Access;

/// <summary>The access rule over a real database: exists, active, and admin or assigned.</summary>
public sealed class AccountAccessTests : IAsyncLifetime
{
    private AccessTestServices _services = null!;
    private Guid _accountOfA;
    private Guid _accountOfB;
    private Guid _shared;

    public async Task InitializeAsync()
    {
        _services = await AccessTestServices.CreateAsync();
        _accountOfA = await _services.CreateAccountAsync("5001", "Zulu A", AccessTestServices.TraderA);
        _accountOfB = await _services.CreateAccountAsync("5002", "Bravo B", AccessTestServices.TraderB);
        _shared = await _services.CreateAccountAsync("5003", "Alpha shared", AccessTestServices.TraderA, AccessTestServices.TraderB);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public void VisibleAccounts_Trader_OnlyAssignedByDisplayName()
    {
        var visible = _services.Access.VisibleAccounts(AccessTestServices.TraderA);

        Assert.Equal([_shared, _accountOfA], visible.Select(a => a.Id));
    }

    [Fact]
    public void VisibleAccounts_Admin_EveryActiveAccount()
    {
        Assert.Equal([_shared, _accountOfB, _accountOfA], _services.Access.VisibleAccounts(AccessTestServices.Admin).Select(a => a.Id));
    }

    [Fact]
    public async Task Demand_AssignedButDeactivated_RefusedAsInactiveNamingAccount()
    {
        await _services.Administration.SetActiveAsync(AccessTestServices.Admin, _accountOfA, false, CancellationToken.None);

        var refused = Assert.Throws<AccessDeniedException>(() => _services.Access.Demand(AccessTestServices.TraderA, _accountOfA, "tests.view"));

        Assert.Equal(AccessDeniedReason.AccountInactive, refused.Reason);
        Assert.Equal("Account 'Zulu A' is deactivated.", refused.Message);
        Assert.DoesNotContain(_services.Access.VisibleAccounts(AccessTestServices.Admin), a => a.Id == _accountOfA);
        Assert.False(_services.Access.CanAccess(AccessTestServices.Admin, _accountOfA));
    }

    [Fact]
    public void Demand_UnknownAccount_RefusedAsNotFoundAndLogged()
    {
        var unknown = Guid.NewGuid();

        var refused = Assert.Throws<AccessDeniedException>(() => _services.Access.Demand(AccessTestServices.Admin, unknown, "tests.view"));

        Assert.Equal((AccessDeniedReason.AccountNotFound, "That account does not exist."), (refused.Reason, refused.Message));
        var log = Assert.Single(_services.Refusals);
        Assert.Equal((unknown.ToString(), "AccountNotFound", LogLevel.Warning), (log.Field("AccountId"), log.Field("Reason"), log.Level));
    }

    [Fact]
    public void Demand_UnassignedTrader_RefusalDoesNotNameTheAccount()
    {
        var refused = Assert.Throws<AccessDeniedException>(() => _services.Access.Demand(AccessTestServices.TraderA, _accountOfB, "tests.view"));

        Assert.Equal(AccessDeniedReason.NotAssigned, refused.Reason);
        Assert.DoesNotContain("Bravo", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Demand_AdminOnAnyActiveAccount_ReturnsIt()
    {
        Assert.Equal("Bravo B", _services.Access.Demand(AccessTestServices.Admin, _accountOfB, "tests.view").DisplayName);
        Assert.Equal("Bravo B", _services.Access.Demand(AccessTestServices.TraderB, _accountOfB, "tests.view").DisplayName);
        Assert.Empty(_services.Refusals);
    }

    [Fact]
    public async Task AssignedUsers_AfterReassignment_FollowsDatabase()
    {
        var changed = 0;
        _services.Access.Changed += () => Interlocked.Increment(ref changed);

        await _services.Administration.SetAssignmentsAsync(AccessTestServices.Admin, _shared, [AccessTestServices.TraderB.UserId], CancellationToken.None);

        Assert.Equal([AccessTestServices.TraderB.UserId], _services.Access.AssignedUsers(_shared));
        Assert.False(_services.Access.CanAccess(AccessTestServices.TraderA, _shared));
        Assert.True(changed >= 1);
    }

    [Fact]
    public async Task Changed_DirectoryReloaded_Raised()
    {
        var changed = 0;
        _services.Access.Changed += () => Interlocked.Increment(ref changed);

        await _services.Directory.ReloadAsync(CancellationToken.None);

        Assert.Equal(1, changed);
    }
}
