using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TradingDashboard.Core.Trading.History;
using TradingDashboard.Core.Trading.Targets;

namespace TradingDashboard.Core.Trading.Sync;

public static class TradeSyncServiceCollectionExtensions
{
    /// <summary>
    /// Registers the trade history (<see cref="ITradeHistory"/>), the periodic/start-up trade sync
    /// (<see cref="ITradeSync"/> and its hosted service) and the TP1/break-even monitor, with
    /// <see cref="TradeSyncOptions"/> validated on start. Needs <c>AddTrading</c>, <c>AddConnectors</c>,
    /// <c>AddAccess</c>, <c>AddStreaming</c> and <c>AddPersistence</c>.
    /// </summary>
    public static IServiceCollection AddTradeSync(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TradeSyncOptions>()
            .Bind(configuration.GetSection(TradeSyncOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITradeHistory, TradeHistory>();
        services.TryAddSingleton<PositionImporter>();
        services.TryAddSingleton<ITradeSync, TradeSync>();
        services.TryAddSingleton<ProfitTargetExecutor>();
        services.AddHostedService<TradeSyncService>();
        services.AddHostedService<ProfitTargetMonitor>();
        return services;
    }
}
