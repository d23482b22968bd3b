using Microsoft.EntityFrameworkCore;

namespace TradingDashboard.Security.Persistence;

/// <summary>Applies the security migrations (users, roles, key ring) after the dashboard's own.</summary>
public sealed partial class SecurityDatabaseInitializer(IDbContextFactory<SecurityDbContext> contexts, ILogger<SecurityDatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(pending);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Security schema ready; applied {Count} migration(s)")]
    private partial void LogMigrated(int count);
}
