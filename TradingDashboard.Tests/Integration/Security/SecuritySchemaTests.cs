using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Security.Persistence;

namespace TradingDashboard.Tests.Integration.Security;

/// <summary>The hand-written security migration builds exactly the schema the Identity model describes (SQLite).</summary>
public sealed class SecuritySchemaTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("td-security-db-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Migrate_Sqlite_SchemaEqualsEnsureCreated()
    {
        var migrated = Connection("migrated.db");
        var created = Connection("created.db");
        await using (var db = Context(migrated))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = Context(created))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = Describe(created);
        Assert.Contains("identity_users.must_change_password INTEGER notnull=1 pk=0", expected);
        Assert.Contains("data_protection_keys.xml TEXT notnull=1 pk=0", expected);
        Assert.Equal(expected, Describe(migrated));
    }

    [Fact]
    public async Task Migrate_Sqlite_SharesTheDashboardDatabaseWithItsOwnHistory()
    {
        var shared = Connection("shared.db");
        var options = new DbContextOptionsBuilder<DashboardDbContext>();
        options.UseConfiguredProvider(Persistence(shared));
        await using (var dashboard = new DashboardDbContext(options.Options))
        {
            await dashboard.Database.MigrateAsync();
        }

        await using var db = Context(shared);
        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        var tables = Query(shared, "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name");
        Assert.Contains(SecurityDbContext.HistoryTable, tables);
        Assert.Contains("accounts", tables);
        Assert.Contains("identity_users", tables);
    }

    private string Connection(string file) => $"Data Source={Path.Combine(_folder, file)};Pooling=False";

    private static PersistenceOptions Persistence(string connectionString) => new() { Provider = DatabaseProvider.Sqlite, ConnectionString = connectionString };

    private static SecurityDbContext Context(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<SecurityDbContext>();
        builder.UseSecurityDatabase(Persistence(connectionString));
        return new SecurityDbContext(builder.Options);
    }

    /// <summary>Tables, columns (type, nullability, key position), indexes and foreign keys, as text lines.</summary>
    private static List<string> Describe(string connectionString)
    {
        var tables = Query(connectionString, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' ORDER BY name");
        var lines = new List<string>();
        foreach (var table in tables)
        {
            lines.AddRange(Query(connectionString, $"SELECT '{table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}') ORDER BY name"));
            lines.AddRange(Query(connectionString, $"SELECT '{table} index ' || name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') WHERE origin <> 'pk' ORDER BY name"));
            lines.AddRange(Query(connectionString, $"SELECT '{table} fk ' || \"from\" || '->' || \"table\" || '.' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\""));
        }

        foreach (var index in Query(connectionString, "SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL ORDER BY name"))
        {
            lines.AddRange(Query(connectionString, $"SELECT '{index} column ' || name FROM pragma_index_info('{index}') ORDER BY seqno"));
        }

        lines.AddRange(Query(connectionString, "SELECT 'autoincrement ' || name FROM sqlite_master WHERE type='table' AND sql LIKE '%AUTOINCREMENT%' ORDER BY name"));
        return lines;
    }

    private static List<string> Query(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
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
