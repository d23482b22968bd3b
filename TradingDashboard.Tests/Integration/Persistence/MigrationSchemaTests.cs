using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TradingDashboard.Core.Domain;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Persistence;

/// <summary>The hand-written migrations must build exactly the schema the model describes.</summary>
public sealed class MigrationSchemaTests
{
    [Fact]
    public void Migrate_Sqlite_SchemaEqualsEnsureCreated()
    {
        using var migrated = new SqliteTestDatabase(migrate: true);
        using var created = new SqliteTestDatabase(migrate: false);
        using (var db = created.CreateDbContext())
        {
            db.Database.EnsureCreated();
        }

        var expected = Describe(created.ConnectionString);
        Assert.Contains("audit_entries.id INTEGER notnull=1 pk=1", expected);
        Assert.Contains("account_access index ix_account_access_user_id unique=0", expected);
        Assert.Contains("user_preferences.user_id TEXT notnull=1 pk=1", expected);
        Assert.Contains("user_preferences.key TEXT notnull=1 pk=2", expected);
        Assert.Contains("user_preferences.json TEXT notnull=1 pk=0", expected);
        Assert.Contains("user_preferences.updated_at TEXT notnull=1 pk=0", expected);
        Assert.Equal(expected, Describe(migrated.ConnectionString));
    }

    [Fact]
    public async Task Migrate_AccessControlOverExistingAccount_PersonalFundAndUpdatedAtFromCreatedAt()
    {
        using var database = new SqliteTestDatabase(migrate: false);
        var createdAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await using (var db = database.CreateDbContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261121000000_InitialSchema");
            await db.Database.ExecuteSqlAsync($"INSERT INTO accounts (id, display_name, platform, broker_login, currency, is_active, created_at) VALUES ({Guid.NewGuid().ToString().ToUpperInvariant()}, 'Old', 'Mt5', '1001', 'USD', 1, {createdAt})");
            await db.Database.MigrateAsync();
        }

        await using var after = database.CreateDbContext();
        var account = await after.Accounts.SingleAsync();
        Assert.Equal((FundType.Personal, createdAt, null), (account.FundType, account.UpdatedAt, account.Broker));
    }

    [Fact]
    public async Task Migrate_Sqlite_RecordsEveryMigrationAndLeavesNothingPending()
    {
        using var database = new SqliteTestDatabase(migrate: true);
        await using var db = database.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    /// <summary>Tables, columns (type, nullability, key position), indexes and foreign keys, as text lines.</summary>
    private static List<string> Describe(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock') ORDER BY name");
        var lines = new List<string>();
        foreach (var table in tables)
        {
            lines.AddRange(Query(connection, $"SELECT '{table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}') ORDER BY name"));
            lines.AddRange(Query(connection, $"SELECT '{table} index ' || name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') WHERE origin <> 'pk' ORDER BY name"));
            lines.AddRange(Query(connection, $"SELECT '{table} fk ' || \"from\" || '->' || \"table\" || '.' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\""));
        }

        var indexes = Query(connection, "SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL ORDER BY name");
        foreach (var index in indexes)
        {
            lines.AddRange(Query(connection, $"SELECT '{index} column ' || name FROM pragma_index_info('{index}') ORDER BY seqno"));
        }

        return lines;
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
