using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>A real SQLite file in a temp folder, migrated; deleted on dispose.</summary>
public sealed class SqliteTestDatabase : IDbContextFactory<DashboardDbContext>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("td-db-").FullName;

    public SqliteTestDatabase(bool migrate = true)
    {
        ConnectionString = $"Data Source={Path.Combine(_folder, "test.db")};Pooling=False";
        if (migrate)
        {
            using var db = CreateDbContext();
            db.Database.Migrate();
        }
    }

    public string ConnectionString { get; }

    public DashboardDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite(ConnectionString).Options);

    public async Task<Account> AddAccountAsync(string login, bool active = true, Guid? id = null)
    {
        var account = new Account
        {
            Id = id ?? Guid.NewGuid(),
            DisplayName = $"Account {login}",
            Platform = Platform.Mt5,
            BrokerLogin = login,
            Currency = "USD",
            IsActive = active,
            CreatedAt = DateTimeOffset.UnixEpoch,
        };
        await using var db = CreateDbContext();
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
