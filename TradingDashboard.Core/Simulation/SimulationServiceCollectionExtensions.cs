using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Simulation.Bridge;
using TradingDashboard.Core.Simulation.Bridge.Faults;
using TradingDashboard.Core.Simulation.Bridge.Trading;

namespace TradingDashboard.Core.Simulation;

/// <summary>Registers the MT5 bridge simulator.</summary>
public static class SimulationServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SimulatorOptions"/> (validated on start), the simulated bridge behind
    /// <see cref="SimulatedBridge"/>, <see cref="SimulatedMarketData"/>, <see cref="SimulatedTrading"/>,
    /// <see cref="SimulatorFaults"/> and <see cref="HeadlessControl"/>, and, when
    /// <c>Simulator:Enabled</c> is true (the default), the background service that publishes its
    /// events through the registered <see cref="Messaging.IEventPublisher"/>.
    /// </summary>
    public static IServiceCollection AddBridgeSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SimulatorOptions.SectionName);
        services.AddOptions<SimulatorOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SimulatorOptions>, SimulatorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => SimulatorRuntime.Create(
            sp.GetRequiredService<IOptions<SimulatorOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new SimulatedBridge(sp.GetRequiredService<SimulatorRuntime>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new HeadlessControl(sp.GetRequiredService<SimulatorRuntime>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new SimulatedMarketData(sp.GetRequiredService<SimulatorRuntime>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new SimulatedTrading(sp.GetRequiredService<SimulatorRuntime>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new SimulatorFaults(sp.GetRequiredService<SimulatorRuntime>()));
        if (section.GetValue(nameof(SimulatorOptions.Enabled), defaultValue: true))
        {
            services.AddHostedService<BridgeSimulatorService>();
        }

        return services;
    }
}
