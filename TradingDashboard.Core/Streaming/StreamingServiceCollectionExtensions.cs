using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TradingDashboard.Core.Streaming;

public static class StreamingServiceCollectionExtensions
{
    /// <summary>Registers the market hub and its last-value cache as singletons.</summary>
    public static IServiceCollection AddStreaming(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StreamingOptions>().Bind(configuration.GetSection(StreamingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ILastValueCache, LastValueCache>();
        services.AddSingleton<IMarketHub, MarketHub>();
        return services;
    }
}
