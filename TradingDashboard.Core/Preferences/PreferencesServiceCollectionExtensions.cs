using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TradingDashboard.Core.Preferences;

public static class PreferencesServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IUserPreferences"/> (singleton over the database context factory of <c>AddPersistence</c>).</summary>
    public static IServiceCollection AddPreferences(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PreferencesOptions>().Bind(configuration.GetSection(PreferencesOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IUserPreferences, UserPreferences>();
        return services;
    }
}
