using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace TradingDashboard.Core.Persistence;

/// <summary>Applies migrations and, on SQLite, switches the file to WAL so readers never block the consumer.</summary>
public sealed partial class DatabaseInitializer(IDbContextFactory<DashboardDbContext> contexts, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        LogMigrated(pending.Count, db.Database.ProviderName ?? "?");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready ({Provider}); applied {Count} migration(s)")]
    private partial void LogMigrated(int count, string provider);
}
