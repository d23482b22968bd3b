using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Connectors.Mt5Bridge;

namespace TradingDashboard.Core.Candles;

public static class CandlesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICandleSeriesService"/> (singleton) with <see cref="CandlesOptions"/>
    /// validated on start, and the bridge's market data client. Needs the access policy
    /// (<c>AddAccess</c>) and the market hub (<c>AddStreaming</c>); the host may replace the
    /// <see cref="IBridgeAddress"/> (default: <c>Bridge:BaseUrl</c> only).
    /// </summary>
    public static IServiceCollection AddCandles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CandlesOptions>().Bind(configuration.GetSection(CandlesOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CandlesOptions>, CandlesOptionsValidator>());
        services.AddOptions<Mt5BridgeOptions>().Bind(configuration.GetSection(Mt5BridgeOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Mt5BridgeOptions>, Mt5BridgeOptionsValidator>());
        services.TryAddSingleton<IBridgeAddress, ConfiguredBridgeAddress>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(Mt5MarketDataClient.HttpClientName);
        services.TryAddSingleton<Mt5MarketDataClient>();
        services.TryAddSingleton<ICandleSeriesService, CandleSeriesService>();
        return services;
    }
}
