using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Accounts.Credentials;
using TradingDashboard.Core.Audit;
using TradingDashboard.Tests.Integration.Access;

namespace TradingDashboard.Tests.Integration.Accounts;

/// <summary>Secrets are encrypted with real Data Protection before they reach the SQLite file, and only the vault reads them back.</summary>
public sealed class CredentialStorageTests : IAsyncLifetime
{
    private const string Secret = "Tr0ub4dor&3-mt5-password-a91c";
    private static readonly CancellationToken None = CancellationToken.None;
    private AccessTestServices _services = null!;
    private Guid _account;

    public async Task InitializeAsync()
    {
        _services = await AccessTestServices.CreateAsync();
        _account = await _services.CreateAccountAsync("32000001", "Funded");
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task SetCredentialAsync_Password_PlaintextNowhereInDatabaseFiles()
    {
        // WAL as in production, and a connection held open so the -wal file is not checkpointed away before it is read.
        await using var holder = new SqliteConnection(_services.Sqlite!.ConnectionString);
        await holder.OpenAsync();
        await using (var command = holder.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync();
        }

        var result = await _services.Administration.SetCredentialAsync(AccessTestServices.Admin, _account, CredentialKind.Password, Secret, None);

        Assert.True(result.Succeeded);
        await using (var db = _services.Sqlite.CreateDbContext())
        {
            var stored = await db.AccountCredentials.SingleAsync();
            Assert.NotEqual(Secret, stored.Ciphertext);
            Assert.True(stored.Ciphertext.Length > Secret.Length);
        }

        var files = Directory.GetFiles(Path.GetDirectoryName(new SqliteConnectionStringBuilder(_services.Sqlite.ConnectionString).DataSource)!, "test.db*");
        Assert.Contains(files, f => f.EndsWith("-wal", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = await ReadSharedAsync(file);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Secret)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(Secret)));
        }

        Assert.DoesNotContain(_services.Logs.Entries, e => e.Message.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RevealAsync_AfterSetAndReplace_ReturnsLatestPlaintext()
    {
        await _services.Administration.SetCredentialAsync(AccessTestServices.Admin, _account, CredentialKind.Password, "first-" + Secret, None);
        await _services.Administration.SetCredentialAsync(AccessTestServices.Admin, _account, CredentialKind.Password, Secret, None);

        Assert.Equal(Secret, await _services.Vault.RevealAsync(_account, CredentialKind.Password, None));
        Assert.Null(await _services.Vault.RevealAsync(_account, CredentialKind.AccessToken, None));
    }

    [Fact]
    public async Task SetCredentialAsync_SetReplaceClear_AuditShowsMarkersOnly()
    {
        await _services.Administration.SetCredentialAsync(AccessTestServices.Admin, _account, CredentialKind.Password, "first-" + Secret, None);
        await _services.Administration.SetCredentialAsync(AccessTestServices.Admin, _account, CredentialKind.Password, Secret, None);
        var cleared = await _services.Administration.ClearCredentialAsync(AccessTestServices.Admin, _account, CredentialKind.Password, None);

        Assert.Empty(cleared.Account!.Credentials);
        Assert.Null(await _services.Vault.RevealAsync(_account, CredentialKind.Password, None));
        var audit = (await _services.Audit.QueryAsync(AccessTestServices.Admin, new AuditQuery(SubjectId: _account.ToString(), ActionPrefix: "account.credential"), None)).Items;
        Assert.Equal(
            [
                new AuditChange("Password", "(set)", "(cleared)"),
                new AuditChange("Password", "(set)", "(replaced)"),
                new AuditChange("Password", null, "(set)"),
            ],
            audit.Select(a => Assert.Single(a.Changes)));
        await using var db = _services.Sqlite!.CreateDbContext();
        Assert.DoesNotContain(await db.AuditEntries.Select(e => e.Changes).ToListAsync(), c => c.Contains(Secret, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task SetCredentialAsync_EmptySecret_FieldErrorAndNothingStored(string secret)
    {
        var result = await _services.Administration.SetCredentialAsync(AccessTestServices.Admin, _account, CredentialKind.Password, secret, None);

        Assert.Equal("Enter the secret.", result.Errors["Secret"]);
        Assert.Null(await _services.Vault.RevealAsync(_account, CredentialKind.Password, None));
    }

    [Fact]
    public async Task GetAsync_CredentialSet_DetailsShowStatusNeverValue()
    {
        await _services.Administration.SetCredentialAsync(AccessTestServices.Admin, _account, CredentialKind.AccessToken, Secret, None);

        var details = await _services.Administration.GetAsync(AccessTestServices.Admin, _account, None);

        var status = Assert.Single(details!.Credentials);
        Assert.Equal((CredentialKind.AccessToken, _services.Time.GetUtcNow(), "alice.admin"), (status.Kind, status.UpdatedAt, status.UpdatedBy));
        Assert.DoesNotContain(Secret, details.ToString(), StringComparison.Ordinal);
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return memory.ToArray();
    }
}
