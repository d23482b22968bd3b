using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Connectors;

namespace TradingDashboard.Tests.Integration.Connectors;

/// <summary>The contract suite for <c>Mt5BridgeConnector</c> against the bridge simulator over HTTP on 127.0.0.1.</summary>
public sealed class Mt5BridgeConnectorContractTests(ConnectorSimulatorFixture simulator)
    : BrokerConnectorContractTests, IClassFixture<ConnectorSimulatorFixture>
{
    private ServiceProvider? _services;
    private IBrokerConnector? _connector;

    protected override IBrokerConnector Connector => _connector ?? throw new InvalidOperationException("Not initialised.");

    protected override string Symbol => ConnectorSimulatorFixture.Symbol;

    public override async Task InitializeAsync()
    {
        _services = simulator.CreateServices();
        _connector = _services.GetRequiredService<IBrokerConnectorFactory>().Create(simulator.Account);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            if (_services is not null)
            {
                await _services.DisposeAsync();
            }
        }
    }
}
