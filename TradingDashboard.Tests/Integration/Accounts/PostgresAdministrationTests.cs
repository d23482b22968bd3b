using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Accounts.Credentials;
using TradingDashboard.Core.Audit;
using TradingDashboard.Tests.Infrastructure;
using TradingDashboard.Tests.Integration.Access;

namespace TradingDashboard.Tests.Integration.Accounts;

/// <summary>The same administration on a real PostgreSQL: identity audit ids, string enums, duplicate detection.</summary>
public sealed class PostgresAdministrationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Administration_PostgreSql_CreateAssignCredentialAndAuditRoundTrip()
    {
        await using var services = await AccessTestServices.CreateAsync(postgres: await PostgresTestDatabase.CreateAsync());
        var id = await services.CreateAccountAsync("33000001", "PG funded", AccessTestServices.TraderA);
        await services.Administration.SetCredentialAsync(AccessTestServices.Admin, id, CredentialKind.Password, "pg-secret", None);

        var duplicate = await services.Administration.CreateAsync(AccessTestServices.Admin, AccessTestServices.Draft("33000001", "Again"), None);
        var audit = await services.Audit.QueryAsync(AccessTestServices.Admin, new AuditQuery(SubjectId: id.ToString()), None);

        Assert.Equal("MT5 login 33000001 is already mapped to 'PG funded'.", duplicate.Errors["BrokerLogin"]);
        Assert.Equal([AccountAuditActions.CredentialSet, AccountAuditActions.AccessGranted, AccountAuditActions.Created], audit.Items.Select(a => a.Action));
        Assert.True(audit.Items[0].Id > audit.Items[1].Id);
        Assert.Equal("pg-secret", await services.Vault.RevealAsync(id, CredentialKind.Password, None));
        Assert.Equal([id], services.Access.VisibleAccounts(AccessTestServices.TraderA).Select(a => a.Id));
    }
}
