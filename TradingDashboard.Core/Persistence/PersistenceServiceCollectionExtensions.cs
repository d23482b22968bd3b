using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TradingDashboard.Core.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Registers a pooled <see cref="DashboardDbContext"/> factory for the configured provider.</summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(PersistenceOptions.SectionName);
        services.AddOptions<PersistenceOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var options = section.Get<PersistenceOptions>() ?? new PersistenceOptions();
        services.AddPooledDbContextFactory<DashboardDbContext>(builder => builder.UseConfiguredProvider(options));
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    /// <summary>Points a context at the configured database; other contexts sharing the database (Identity) use it too.</summary>
    public static DbContextOptionsBuilder UseConfiguredProvider(this DbContextOptionsBuilder builder, PersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        _ = options.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(options.ConnectionString),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(options.ConnectionString),
            _ => throw new InvalidOperationException($"Unknown database provider {options.Provider}."),
        };

        // Migrations are hand-written without a model snapshot; SchemaMatchesModel tests keep them honest.
        return builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
