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
        services.AddPooledDbContextFactory<DashboardDbContext>(builder => Configure(builder, options));
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    internal static void Configure(DbContextOptionsBuilder builder, PersistenceOptions options)
    {
        _ = options.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(options.ConnectionString),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(options.ConnectionString),
            _ => throw new InvalidOperationException($"Unknown database provider {options.Provider}."),
        };

        // Migrations are hand-written without a model snapshot; SchemaMatchesModel tests keep them honest.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
