using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Connectors.Mt5Bridge.Trading;
using TradingDashboard.Core.Connectors.Paper;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Resilience;
using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Tests.Unit.Connectors;

public sealed class BrokerConnectorFactoryTests
{
    private static readonly Guid PaperId = Guid.Parse("8a0d3c71-2b5e-4f60-9d1a-7c4e2f8b3a10");

    [Fact]
    public void Create_Mt5Account_BridgeConnectorForItsLogin()
    {
        using var services = Services();

        var connector = services.GetRequiredService<IBrokerConnectorFactory>().Create(Account(Platform.Mt5, "5001234"));

        Assert.IsType<Mt5BridgeConnector>(connector);
        Assert.Equal("5001234", connector.Login);
    }

    [Fact]
    public void Create_CTraderAccount_StateFault()
    {
        using var services = Services();

        var fault = Assert.Throws<BrokerException>(() => services.GetRequiredService<IBrokerConnectorFactory>().Create(Account(Platform.CTrader, "42")));

        Assert.Equal(BrokerErrorKind.State, fault.Kind);
        Assert.Equal("cTrader trading is not available yet.", fault.Message);
    }

    [Fact]
    public void Create_PaperAccount_OnePaperConnectorPerAccountForTheProcess()
    {
        using var services = Services(new() { ["Connectors:PaperAccounts:0"] = PaperId.ToString() });
        var factory = services.GetRequiredService<IBrokerConnectorFactory>();

        var first = factory.Create(Account(Platform.Mt5, "5001234", PaperId));
        var again = factory.Create(Account(Platform.Mt5, "5001234", PaperId));
        var other = factory.Create(Account(Platform.Mt5, "5001234"));

        Assert.IsType<PaperConnector>(first);
        Assert.Same(first, again);
        Assert.IsType<Mt5BridgeConnector>(other);
        Assert.Equal("5001234", first.Login);
    }

    [Fact]
    public void AddConnectors_Registers_OneFactoryForTheProcess()
    {
        using var services = Services();

        Assert.Same(services.GetRequiredService<IBrokerConnectorFactory>(), services.GetRequiredService<IBrokerConnectorFactory>());
    }

    [Theory]
    [InlineData("Connectors:TradeTimeoutMs", "0", "TradeTimeoutMs")]
    [InlineData("Connectors:PaperBalance", "-5", "PaperBalance")]
    [InlineData("Connectors:PaperLeverage", "0", "PaperLeverage")]
    [InlineData("Bridge:Timeout", "00:00:00", "Timeout")]
    public void AddConnectors_InvalidSetting_RefusedOnStart(string key, string value, string expected)
    {
        using var services = Services(new() { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = services.GetRequiredService<IOptions<ConnectorOptions>>().Value;
            _ = services.GetRequiredService<IOptions<TradingDashboard.Core.Connectors.Mt5Bridge.Mt5BridgeOptions>>().Value;
        });

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddConnectors_PaperAccountsSetting_BoundAsIds()
    {
        using var services = Services(new() { ["Connectors:PaperAccounts:0"] = PaperId.ToString() });

        Assert.Equal([PaperId], services.GetRequiredService<IOptions<ConnectorOptions>>().Value.PaperAccounts);
    }

    internal static ServiceProvider Services(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        services.AddStreaming(configuration);
        services.AddConnectors(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    internal static Account Account(Platform platform, string login, Guid? id = null) =>
        new() { Id = id ?? Guid.NewGuid(), DisplayName = "Factory test", Platform = platform, BrokerLogin = login, Currency = "USD" };
}
