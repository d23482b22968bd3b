using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Connectors.Mt5Bridge;
using TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

namespace TradingDashboard.Core.Connectors;

public static class ConnectorsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IBrokerConnectorFactory"/> (singleton): the MT5 bridge connector and the
    /// paper connector, with <see cref="ConnectorOptions"/> and <see cref="Mt5BridgeOptions"/>
    /// validated on start. Paper accounts need the market hub (<c>AddStreaming</c>); the host may
    /// replace the <see cref="IBridgeAddress"/> (default: <c>Bridge:BaseUrl</c> only).
    /// </summary>
    public static IServiceCollection AddConnectors(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>());
        services.AddOptions<Mt5BridgeOptions>().Bind(configuration.GetSection(Mt5BridgeOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Mt5BridgeOptions>, Mt5BridgeOptionsValidator>());
        services.TryAddSingleton<IBridgeAddress, ConfiguredBridgeAddress>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        // Every call has its own deadline (Bridge:Timeout for reads, Connectors:TradeTimeoutMs for trades).
        services.AddHttpClient(Mt5BridgeTransport.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<IBrokerConnectorFactory, BrokerConnectorFactory>();
        return services;
    }
}
