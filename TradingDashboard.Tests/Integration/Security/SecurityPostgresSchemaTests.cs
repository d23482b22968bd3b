using Microsoft.EntityFrameworkCore;
using Npgsql;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Security.DataProtection;
using TradingDashboard.Security.Identity;
using TradingDashboard.Security.Persistence;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Security;

/// <summary>The security migration on a real PostgreSQL, next to the dashboard's own tables.</summary>
public sealed class SecurityPostgresSchemaTests
{
    [Fact]
    public async Task Migrate_PostgreSql_SchemaEqualsEnsureCreated()
    {
        await using var migrated = await PostgresTestDatabase.CreateAsync(migrate: false);
        await using var created = await PostgresTestDatabase.CreateAsync(migrate: false);
        await using (var db = Context(migrated.ConnectionString))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = Context(created.ConnectionString))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await DescribeAsync(created.ConnectionString);
        Assert.Contains("identity_users.user_name character varying(256) nullable=YES", expected);
        Assert.Contains(expected, line => line.StartsWith("data_protection_keys.id integer nullable=NO identity=BY DEFAULT", StringComparison.Ordinal));
        Assert.Equal(expected, await DescribeAsync(migrated.ConnectionString));
    }

    [Fact]
    public async Task Migrate_PostgreSql_NextToTheDashboardTables_RoundTripsUsersAndKeys()
    {
        await using var database = await PostgresTestDatabase.CreateAsync(migrate: true);
        await using (var db = Context(database.ConnectionString))
        {
            await db.Database.MigrateAsync();
            db.Users.Add(new DashboardUser { UserName = "pg-user", NormalizedUserName = "PG-USER", MustChangePassword = true, CreatedAt = DateTimeOffset.UtcNow });
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key-1", Xml = "<key />" });
            await db.SaveChangesAsync();
        }

        await using var again = Context(database.ConnectionString);
        Assert.True((await again.Users.SingleAsync()).MustChangePassword);
        Assert.Equal("key-1", (await again.DataProtectionKeys.SingleAsync()).FriendlyName);
        Assert.Empty(await again.Database.GetPendingMigrationsAsync());
    }

    private static SecurityDbContext Context(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<SecurityDbContext>();
        builder.UseSecurityDatabase(new PersistenceOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString });
        return new SecurityDbContext(builder.Options);
    }

    private static async Task<List<string>> DescribeAsync(string connectionString)
    {
        const string Sql = """
            SELECT table_name || '.' || column_name || ' ' ||
                   CASE WHEN character_maximum_length IS NOT NULL THEN data_type || '(' || character_maximum_length || ')'
                        ELSE data_type END || ' nullable=' || is_nullable ||
                   CASE WHEN is_identity = 'YES' THEN ' identity=' || identity_generation ELSE '' END
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_%'
            UNION ALL
            SELECT tablename || ' ' || indexname || ' ' || regexp_replace(indexdef, '^.* USING ', '')
            FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_%'
            UNION ALL
            SELECT conrelid::regclass::text || ' ' || conname || ' ' || contype::text || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%\_\_%'
            ORDER BY 1
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
