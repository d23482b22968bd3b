using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation;
using TradingDashboard.Core.Simulation.Bridge;

namespace TradingDashboard.Tests.Unit.Simulation;

public class SimulationServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBridgeSimulator_AccountsInConfig_BindsThemWithPositions()
    {
        using var provider = Provider(new()
        {
            ["Simulator:TicksPerSecond"] = "2",
            ["Simulator:Accounts:0:Login"] = "777",
            ["Simulator:Accounts:0:InternalAccountId"] = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
            ["Simulator:Accounts:0:Currency"] = "EUR",
            ["Simulator:Accounts:0:Balance"] = "1234.5",
            ["Simulator:Accounts:0:Positions:0:Symbol"] = "GER40",
            ["Simulator:Accounts:0:Positions:0:Side"] = "Sell",
            ["Simulator:Accounts:0:Positions:0:Volume"] = "2",
        });

        var options = provider.GetRequiredService<IOptions<SimulatorOptions>>().Value;
        var summary = provider.GetRequiredService<SimulatedBridge>().GetAccountsSummary();

        Assert.Equal(2, options.TicksPerSecond);
        var account = Assert.Single(options.Accounts);
        Assert.Equal((PositionSide.Sell, 2m), (account.Positions.Single().Side, account.Positions.Single().Volume));
        Assert.Equal(("777", 1234.5m, "EUR"), (summary.Accounts.Single().Login, summary.Accounts.Single().Balance, summary.Accounts.Single().Currency));
    }

    [Fact]
    public void AddBridgeSimulator_Defaults_RegistersPublisherServiceAndTwoDemoAccounts()
    {
        using var provider = Provider([]);

        Assert.Single(provider.GetServices<IHostedService>());
        Assert.Equal(2, provider.GetRequiredService<SimulatedBridge>().GetHealth().AccountsCount);
    }

    [Fact]
    public void AddBridgeSimulator_Disabled_RegistersNoPublisherService()
    {
        using var provider = Provider(new() { ["Simulator:Enabled"] = "false" });

        Assert.Empty(provider.GetServices<IHostedService>());
        Assert.False(provider.GetRequiredService<IOptions<SimulatorOptions>>().Value.Enabled);
    }

    [Fact]
    public void AddBridgeSimulator_InvalidOptions_FailsValidation()
    {
        using var provider = Provider(new() { ["Simulator:TicksPerSecond"] = "0" });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SimulatorOptions>>().Value);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<Core.Messaging.IEventPublisher, Fakes.RecordingEventPublisher>();
        services.AddBridgeSimulator(configuration);
        return services.BuildServiceProvider();
    }
}
