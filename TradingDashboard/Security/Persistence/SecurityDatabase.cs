using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Persistence;

namespace TradingDashboard.Security.Persistence;

internal static class SecurityDatabase
{
    /// <summary>The configured database (shared with the dashboard's tables) with the security migrations' own history table.</summary>
    public static DbContextOptionsBuilder UseSecurityDatabase(this DbContextOptionsBuilder builder, PersistenceOptions options)
    {
        builder.UseConfiguredProvider(options);
        _ = options.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(options.ConnectionString, o => o.MigrationsHistoryTable(SecurityDbContext.HistoryTable)),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(options.ConnectionString, o => o.MigrationsHistoryTable(SecurityDbContext.HistoryTable)),
            _ => builder,
        };
        return builder;
    }
}
