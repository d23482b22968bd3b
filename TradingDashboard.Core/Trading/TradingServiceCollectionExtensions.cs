using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Trading.Execution;
using TradingDashboard.Core.Trading.Gateway;
using TradingDashboard.Core.Trading.Reconciliation;
using TradingDashboard.Core.Trading.Risk;

namespace TradingDashboard.Core.Trading;

public static class TradingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITradingService"/>, its execution pipeline, risk rules, per-account
    /// resilience and the follow-up reconciliation of Unknown orders. Needs persistence, access
    /// (<c>AddAccess</c>), streaming (<c>AddStreaming</c>) and connectors (<c>AddConnectors</c>).
    /// </summary>
    public static IServiceCollection AddTrading(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TradingOptions.SectionName);
        services.AddOptions<TradingOptions>()
            .Bind(section)
            .Configure(options => BindAccountRisk(options, section.GetSection(nameof(TradingOptions.AccountRisk))))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TradingOptions>, TradingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<AccountResilienceRegistry>();
        services.AddSingleton<BrokerGateway>();
        services.AddSingleton<SymbolCache>();
        services.AddSingleton<DailyRealizedResult>();
        services.AddSingleton<RiskAssessor>();
        services.AddSingleton<OrderPreparer>();
        services.AddSingleton<OrderBook>();
        services.AddSingleton<SendingOrders>();
        services.AddSingleton<TradeUpdatePublisher>();
        services.AddSingleton<ReconcileQueue>();
        services.AddSingleton<OrderExecutor>();
        services.AddSingleton<OrderReconciler>();
        services.AddSingleton<ITradingService, TradingService>();
        services.AddHostedService<UnknownOrderFollowUp>();
        return services;
    }

    // The binder skips dictionaries keyed by Guid. An override starts with every rule off: only what it names applies.
    private static void BindAccountRisk(TradingOptions options, IConfigurationSection overrides)
    {
        foreach (var child in overrides.GetChildren())
        {
            if (!Guid.TryParse(child.Key, out var accountId))
            {
                throw new OptionsValidationException(
                    TradingOptions.SectionName, typeof(TradingOptions), [$"{child.Path} must be keyed by an internal account id (a UUID)."]);
            }

            var limits = new RiskLimits { MaxRiskPercentPerTrade = null, MaxOpenPositions = null, MaxVolume = null, DailyLossLimit = null };
            child.Bind(limits);
            options.AccountRisk[accountId] = limits;
        }
    }
}
