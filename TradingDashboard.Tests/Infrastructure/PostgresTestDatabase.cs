using Microsoft.EntityFrameworkCore;
using Npgsql;
using TradingDashboard.Core.Persistence;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>
/// A fresh database on the real PostgreSQL that <c>build/test.sh</c> starts (connection from
/// <c>TD_POSTGRES_CONNECTION</c>), dropped on dispose.
/// </summary>
public sealed class PostgresTestDatabase : IDbContextFactory<DashboardDbContext>, IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name = $"td_test_{Guid.NewGuid():N}";

    private PostgresTestDatabase(string server)
    {
        _server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name, Pooling = false }.ConnectionString;
    }

    public static string ServerConnectionString { get; } =
        Environment.GetEnvironmentVariable("TD_POSTGRES_CONNECTION") is { Length: > 0 } value
            ? value
            : "Host=127.0.0.1;Port=5432;Username=td_test;Password=td_test;Database=postgres";

    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync(bool migrate = true)
    {
        var database = new PostgresTestDatabase(ServerConnectionString);
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database._name}\"");
        if (migrate)
        {
            await using var db = database.CreateDbContext();
            await db.Database.MigrateAsync();
        }

        return database;
    }

    public DashboardDbContext CreateDbContext()
    {
        var builder = new DbContextOptionsBuilder<DashboardDbContext>();
        builder.UseConfiguredProvider(new PersistenceOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = ConnectionString });
        return new DashboardDbContext(builder.Options);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
