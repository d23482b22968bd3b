using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Persistence;

/// <summary>The same hand-written migrations on a real PostgreSQL (the docker-compose database).</summary>
public sealed class PostgresSchemaTests
{
    [Fact]
    public async Task Migrate_PostgreSql_SchemaEqualsEnsureCreated()
    {
        await using var migrated = await PostgresTestDatabase.CreateAsync(migrate: true);
        await using var created = await PostgresTestDatabase.CreateAsync(migrate: false);
        await using (var db = created.CreateDbContext())
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await DescribeAsync(created.ConnectionString);
        Assert.Contains(expected, line => line.StartsWith("closed_positions.profit numeric(18,2)", StringComparison.Ordinal));
        Assert.Contains("audit_entries.id bigint nullable=NO identity=YES default=", expected);
        Assert.Contains("user_preferences.user_id character varying(64) nullable=NO identity=NO default=", expected);
        Assert.Contains("user_preferences.key character varying(128) nullable=NO identity=NO default=", expected);
        Assert.Contains("user_preferences.json text nullable=NO identity=NO default=", expected);
        Assert.Contains("user_preferences.updated_at timestamp with time zone nullable=NO identity=NO default=", expected);
        Assert.Contains("user_preferences p PRIMARY KEY (user_id, key)", expected);
        Assert.Equal(expected, await DescribeAsync(migrated.ConnectionString));
    }

    [Fact]
    public async Task Migrate_PostgreSqlAccessControlOverExistingAccount_PersonalFundAndUpdatedAtFromCreatedAt()
    {
        await using var database = await PostgresTestDatabase.CreateAsync(migrate: false);
        var createdAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await using (var db = database.CreateDbContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261121000000_InitialSchema");
            await db.Database.ExecuteSqlAsync($"INSERT INTO accounts (id, display_name, platform, broker_login, currency, is_active, created_at) VALUES ({Guid.NewGuid()}, 'Old', 'Mt5', '1001', 'USD', true, {createdAt})");
            await db.Database.MigrateAsync();
        }

        await using var after = database.CreateDbContext();
        var account = await after.Accounts.SingleAsync();
        Assert.Equal((FundType.Personal, createdAt), (account.FundType, account.UpdatedAt));
    }

    [Fact]
    public async Task SaveChanges_PostgreSql_RoundTripsAccountsAndRejectsDuplicateInboxEvent()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var account = new Account { Id = Guid.NewGuid(), DisplayName = "PG", BrokerLogin = "9001", Currency = "USD", CreatedAt = DateTimeOffset.UtcNow };
        var eventId = Guid.NewGuid();
        await using (var db = database.CreateDbContext())
        {
            db.Accounts.Add(account);
            db.InboxMessages.Add(new InboxMessage { EventId = eventId, AccountId = account.Id, Type = "position.closed", OccurredAt = DateTimeOffset.UtcNow, ProcessedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        await using var again = database.CreateDbContext();
        Assert.Equal("9001", (await again.Accounts.SingleAsync()).BrokerLogin);
        again.InboxMessages.Add(new InboxMessage { EventId = eventId, AccountId = account.Id, Type = "position.closed", OccurredAt = DateTimeOffset.UtcNow, ProcessedAt = DateTimeOffset.UtcNow });
        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    private static async Task<List<string>> DescribeAsync(string connectionString)
    {
        const string Sql = """
            SELECT table_name || '.' || column_name || ' ' ||
                   CASE WHEN data_type = 'numeric' THEN 'numeric(' || numeric_precision || ',' || numeric_scale || ')'
                        WHEN character_maximum_length IS NOT NULL THEN data_type || '(' || character_maximum_length || ')'
                        ELSE data_type END || ' nullable=' || is_nullable ||
                   ' identity=' || is_identity || ' default=' || coalesce(column_default, '')
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EF%'
            UNION ALL
            SELECT tablename || ' ' || regexp_replace(indexdef, '^.* USING ', '')
            FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_EF%'
            UNION ALL
            SELECT conrelid::regclass::text || ' ' || contype::text || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '"\_\_EF%'
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
