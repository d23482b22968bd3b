using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Audit;
using TradingDashboard.Core.Domain;
using TradingDashboard.Tests.Integration.Access;

namespace TradingDashboard.Tests.Integration.Accounts;

/// <summary>The admin's registry over a real SQLite file: changes, their audit rows, and field errors.</summary>
public sealed class AccountAdministrationTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private AccessTestServices _services = null!;

    private IAccountAdministration Admin => _services.Administration;

    public async Task InitializeAsync() => _services = await AccessTestServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task CreateAsync_ValidDraft_SavedNormalizedAuditedAndResolvable()
    {
        var draft = new AccountDraft
        {
            DisplayName = "  Prop challenge  ",
            BrokerLogin = " 31000001 ",
            Server = "  ",
            Broker = "FTMO Ltd",
            FundType = FundType.PropChallenge,
            Currency = "usd",
        };

        var result = await Admin.CreateAsync(AccessTestServices.Admin, draft, None);

        Assert.True(result.Succeeded);
        var account = result.Account!.Account;
        Assert.Equal(("Prop challenge", "31000001", null, "FTMO Ltd", FundType.PropChallenge, "USD"), (account.DisplayName, account.BrokerLogin, account.Server, account.Broker, account.FundType, account.Currency));
        Assert.Equal((_services.Time.GetUtcNow(), _services.Time.GetUtcNow()), (account.CreatedAt, account.UpdatedAt));
        Assert.Equal(account.Id, _services.Directory.FindByLogin(Platform.Mt5, "31000001")?.Id);
        var audit = Assert.Single(await AuditAsync(account.Id));
        Assert.Equal((AccountAuditActions.Created, "u-admin", "alice.admin", "account", "Prop challenge"), (audit.Action, audit.ActorId, audit.ActorName, audit.SubjectType, audit.SubjectName));
        Assert.Contains(new AuditChange("broker_login", null, "31000001"), audit.Changes);
        Assert.Contains(new AuditChange("fund_type", null, "PropChallenge"), audit.Changes);
        Assert.DoesNotContain(audit.Changes, c => c.Field == "server");
    }

    [Fact]
    public async Task CreateAsync_CTraderWithNonNumericLogin_Accepted()
    {
        var draft = AccessTestServices.Draft("ctid-88123", "cTrader demo");
        draft.Platform = Platform.CTrader;

        var result = await Admin.CreateAsync(AccessTestServices.Admin, draft, None);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        Assert.Equal(Platform.CTrader, result.Account!.Account.Platform);
    }

    [Fact]
    public async Task CreateAsync_InvalidDraft_FieldErrorsAndNothingSaved()
    {
        var draft = new AccountDraft { DisplayName = " ", BrokerLogin = "12a45", Currency = "US" };

        var result = await Admin.CreateAsync(AccessTestServices.Admin, draft, None);

        Assert.False(result.Succeeded);
        Assert.Equal(["BrokerLogin", "Currency", "DisplayName"], result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("digits", result.Errors["BrokerLogin"], StringComparison.Ordinal);
        await using var db = _services.Sqlite!.CreateDbContext();
        Assert.Equal((0, 0), (await db.Accounts.CountAsync(), await db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task CreateAsync_LoginOfDeactivatedAccount_FieldErrorNamingIt()
    {
        var existing = await _services.CreateAccountAsync("31000002", "Old funded");
        await Admin.SetActiveAsync(AccessTestServices.Admin, existing, false, None);

        var result = await Admin.CreateAsync(AccessTestServices.Admin, AccessTestServices.Draft("31000002", "New funded"), None);

        Assert.False(result.Succeeded);
        Assert.Equal("MT5 login 31000002 is already mapped to 'Old funded' (deactivated).", result.Errors["BrokerLogin"]);
    }

    [Fact]
    public async Task CreateAsync_DuplicateId_FieldErrorNamingExisting()
    {
        var existing = await _services.CreateAccountAsync("31000003", "First");
        var draft = AccessTestServices.Draft("31000004", "Second");
        draft.Id = existing;

        var result = await Admin.CreateAsync(AccessTestServices.Admin, draft, None);

        Assert.Equal("This id already belongs to 'First'.", Assert.Single(result.Errors).Value);
    }

    [Fact]
    public async Task UpdateAsync_ChangedFields_AuditsOnlyThoseAndMovesLoginInDirectory()
    {
        var id = await _services.CreateAccountAsync("31000005", "Before");
        _services.Time.Advance(TimeSpan.FromMinutes(5));
        var draft = AccessTestServices.Draft("31000006", "After", server: "Broker-Live");

        var result = await Admin.UpdateAsync(AccessTestServices.Admin, id, draft, None);

        Assert.True(result.Succeeded);
        Assert.Equal(_services.Time.GetUtcNow(), result.Account!.Account.UpdatedAt);
        var audit = (await AuditAsync(id))[0];
        Assert.Equal(AccountAuditActions.Updated, audit.Action);
        Assert.Equal(
            [new AuditChange("display_name", "Before", "After"), new AuditChange("broker_login", "31000005", "31000006"), new AuditChange("server", null, "Broker-Live")],
            audit.Changes);
        Assert.Null(_services.Directory.FindByLogin(Platform.Mt5, "31000005"));
        Assert.Equal(id, _services.Directory.FindByLogin(Platform.Mt5, "31000006")?.Id);
    }

    [Fact]
    public async Task UpdateAsync_LoginOfAnotherAccount_FieldErrorAndUnchanged()
    {
        await _services.CreateAccountAsync("31000007", "Taken");
        var id = await _services.CreateAccountAsync("31000008", "Mine");

        var result = await Admin.UpdateAsync(AccessTestServices.Admin, id, AccessTestServices.Draft("31000007", "Mine"), None);

        Assert.Equal("MT5 login 31000007 is already mapped to 'Taken'.", result.Errors["BrokerLogin"]);
        Assert.Equal("31000008", _services.Directory.Find(id)?.BrokerLogin);
    }

    [Fact]
    public async Task UpdateAsync_UnknownAccount_FormError()
    {
        var result = await Admin.UpdateAsync(AccessTestServices.Admin, Guid.NewGuid(), AccessTestServices.Draft("31000009", "Ghost"), None);

        Assert.Equal("That account does not exist.", result.Errors[string.Empty]);
    }

    [Fact]
    public async Task SetActiveAsync_Deactivate_AuditedAndNoLongerResolvable()
    {
        var id = await _services.CreateAccountAsync("31000010", "Retiring");

        var result = await Admin.SetActiveAsync(AccessTestServices.Admin, id, false, None);

        Assert.False(result.Account!.Account.IsActive);
        Assert.Null(_services.Directory.FindByLogin(Platform.Mt5, "31000010"));
        var audit = (await AuditAsync(id))[0];
        Assert.Equal((AccountAuditActions.Deactivated, new AuditChange("is_active", "true", "false")), (audit.Action, Assert.Single(audit.Changes)));
    }

    [Fact]
    public async Task SetAssignmentsAsync_GrantAndRevoke_OneAuditEntryPerUserWithName()
    {
        var id = await _services.CreateAccountAsync("31000011", "Shared", AccessTestServices.TraderA);

        var result = await Admin.SetAssignmentsAsync(AccessTestServices.Admin, id, [AccessTestServices.TraderB.UserId], None);

        Assert.Equal([AccessTestServices.TraderB.UserId], result.Account!.AssignedUserIds);
        var audit = await AuditAsync(id);
        Assert.Equal([AccountAuditActions.AccessGranted, AccountAuditActions.Created], audit.Skip(2).Select(a => a.Action));
        var latest = audit.Take(2).ToDictionary(a => a.Action);
        Assert.Equal([AccountAuditActions.AccessGranted, AccountAuditActions.AccessRevoked], latest.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(new AuditChange("user", null, "carol.trader"), latest[AccountAuditActions.AccessGranted].Changes);
        Assert.Contains(new AuditChange("user", "bob.trader", null), latest[AccountAuditActions.AccessRevoked].Changes);
        Assert.True(_services.Access.CanAccess(AccessTestServices.TraderB, id));
        Assert.False(_services.Access.CanAccess(AccessTestServices.TraderA, id));
    }

    [Fact]
    public async Task SetAssignmentsAsync_UnknownUser_ErrorAndNothingChanged()
    {
        var id = await _services.CreateAccountAsync("31000012", "Shared", AccessTestServices.TraderA);

        var result = await Admin.SetAssignmentsAsync(AccessTestServices.Admin, id, [AccessTestServices.TraderB.UserId, "u-nobody"], None);

        Assert.Equal("No such user: u-nobody.", result.Errors[string.Empty]);
        Assert.Equal([AccessTestServices.TraderA.UserId], _services.Access.AssignedUsers(id));
    }

    [Fact]
    public async Task RemoveUserAsync_UserOnTwoAccounts_AllAssignmentsGoneAndAudited()
    {
        var first = await _services.CreateAccountAsync("31000013", "One", AccessTestServices.TraderA);
        var second = await _services.CreateAccountAsync("31000014", "Two", AccessTestServices.TraderA, AccessTestServices.TraderB);

        await Admin.RemoveUserAsync(AccessTestServices.Admin, AccessTestServices.TraderA.UserId, None);

        Assert.Empty(_services.Access.VisibleAccounts(AccessTestServices.TraderA));
        Assert.Equal([AccessTestServices.TraderB.UserId], _services.Access.AssignedUsers(second));
        Assert.Equal(AccountAuditActions.AccessRevoked, (await AuditAsync(first))[0].Action);
        Assert.Equal(AccountAuditActions.AccessRevoked, (await AuditAsync(second))[0].Action);
    }

    [Fact]
    public async Task ListAsync_Admin_IncludesInactiveWithAssignmentsAndCredentialStatus()
    {
        var active = await _services.CreateAccountAsync("31000015", "Bravo", AccessTestServices.TraderA);
        var inactive = await _services.CreateAccountAsync("31000016", "Alpha");
        await Admin.SetActiveAsync(AccessTestServices.Admin, inactive, false, None);
        await Admin.SetCredentialAsync(AccessTestServices.Admin, active, Core.Accounts.Credentials.CredentialKind.Password, "pw-1", None);

        var list = await Admin.ListAsync(AccessTestServices.Admin, None);

        Assert.Equal([inactive, active], list.Select(d => d.Account.Id));
        Assert.Equal([AccessTestServices.TraderA.UserId], list[1].AssignedUserIds);
        Assert.Equal(("alice.admin", Core.Accounts.Credentials.CredentialKind.Password), (list[1].Credentials.Single().UpdatedBy, list[1].Credentials.Single().Kind));
    }

    private async Task<IReadOnlyList<AuditRecord>> AuditAsync(Guid accountId) =>
        (await _services.Audit.QueryAsync(AccessTestServices.Admin, new AuditQuery(SubjectId: accountId.ToString()), None)).Items;
}
