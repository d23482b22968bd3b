using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TradingDashboard.Core.Connectors;

public static class ConnectorsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IBrokerConnectorFactory"/>: the MT5 bridge connector and the paper connector.</summary>
    public static IServiceCollection AddConnectors(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.SectionName));
        return services;
    }
}
