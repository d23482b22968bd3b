using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TradingDashboard.Core.Trading;

public static class TradingServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ITradingService"/>, its execution pipeline, risk rules and per-account resilience.</summary>
    public static IServiceCollection AddTrading(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TradingOptions>().Bind(configuration.GetSection(TradingOptions.SectionName));
        return services;
    }
}
