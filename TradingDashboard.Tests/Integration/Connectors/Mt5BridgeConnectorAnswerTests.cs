using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Connectors.Mt5Bridge;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Resilience;
using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Tests.Integration.Connectors;

/// <summary>How <c>Mt5BridgeConnector</c> reads answers outside the contract: each becomes a typed fault with a readable message.</summary>
public sealed class Mt5BridgeConnectorAnswerTests : IClassFixture<MisbehavingBridgeFixture>, IDisposable
{
    private readonly ServiceProvider _services;

    public Mt5BridgeConnectorAnswerTests(MisbehavingBridgeFixture bridge)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IBridgeAddress>(new FixedBridgeAddress(bridge.BaseAddress));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Bridge:Timeout"] = "00:00:10" }).Build();
        services.AddStreaming(configuration);
        services.AddConnectors(configuration);
        _services = services.BuildServiceProvider();
    }

    public void Dispose() => _services.Dispose();

    [Theory]
    [InlineData("broken", "not valid JSON")]
    [InlineData("missing", "without 'price_open'")]
    [InlineData("nolist", "without 'positions'")]
    [InlineData("badtype", "type 7")]
    public async Task GetPositions_AnswerOutsideTheContract_DataFault(string login, string expected)
    {
        var fault = await Assert.ThrowsAsync<BrokerException>(() => Connector(login).GetPositionsAsync(CancellationToken.None));

        Assert.Equal(BrokerErrorKind.Data, fault.Kind);
        Assert.Contains(expected, fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPositions_ServiceUnavailable_ConnectionFault()
    {
        var fault = await Assert.ThrowsAsync<BrokerException>(() => Connector("down").GetPositionsAsync(CancellationToken.None));

        Assert.Equal(BrokerErrorKind.Connection, fault.Kind);
        Assert.Contains("503", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceOrder_BadRequest_ValidationFaultWithTheBridgesMessage()
    {
        var request = new BrokerOrderRequest("EURUSD", PositionSide.Buy, OrderType.Market, 0.01m, null, null, null, ClientOrderTag.For("answer-tests"));

        var fault = await Assert.ThrowsAsync<BrokerException>(() => Connector("any").PlaceOrderAsync(request, CancellationToken.None));

        Assert.Equal(BrokerErrorKind.Validation, fault.Kind);
        Assert.Contains("volume must be a number.", fault.Message, StringComparison.Ordinal);
        Assert.False(fault.OutcomeUnknown);
    }

    private IBrokerConnector Connector(string login)
    {
        var account = new Account { Id = Guid.NewGuid(), DisplayName = login, Platform = Platform.Mt5, BrokerLogin = login, Currency = "USD" };
        return _services.GetRequiredService<IBrokerConnectorFactory>().Create(account);
    }
}
