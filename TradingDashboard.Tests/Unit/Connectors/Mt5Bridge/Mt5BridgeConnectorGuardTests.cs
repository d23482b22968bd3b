using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Resilience;
using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Tests.Unit.Connectors.Mt5Bridge;

/// <summary>
/// Requests the connector refuses before sending. The bridge address is a closed loopback port, so
/// anything that was sent would fail as a Connection fault instead (the control case shows it).
/// </summary>
public sealed class Mt5BridgeConnectorGuardTests : IDisposable
{
    private const string ValidTag = "td1:abcdefghijklmnopqrstuvwxyz";

    private readonly ServiceProvider _services;
    private readonly IBrokerConnector _connector;

    public Mt5BridgeConnectorGuardTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Bridge:BaseUrl"] = "http://127.0.0.1:9/" }).Build();
        var services = new ServiceCollection();
        services.AddStreaming(configuration);
        services.AddConnectors(configuration);
        _services = services.BuildServiceProvider();
        _connector = _services.GetRequiredService<IBrokerConnectorFactory>().Create(
            new Account { Id = Guid.NewGuid(), DisplayName = "Guards", Platform = Platform.Mt5, BrokerLogin = "5001", Currency = "USD" });
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task PlaceOrder_ValidRequest_SentAndFailsAsConnection()
    {
        var fault = await Assert.ThrowsAsync<BrokerException>(() => _connector.PlaceOrderAsync(Order(ValidTag), CancellationToken.None));

        Assert.Equal(BrokerErrorKind.Connection, fault.Kind);
    }

    [Theory]
    [InlineData("td1:abcdefghijklmnopqrstuvwxyz234")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task PlaceOrder_TagMt5CannotKeep_ValidationBeforeSending(string tag)
    {
        var fault = await Assert.ThrowsAsync<BrokerException>(() => _connector.PlaceOrderAsync(Order(tag), CancellationToken.None));

        Assert.Equal(BrokerErrorKind.Validation, fault.Kind);
        Assert.False(fault.OutcomeUnknown);
    }

    [Fact]
    public async Task PlaceOrder_LimitWithoutPrice_ValidationBeforeSending()
    {
        var request = Order(ValidTag) with { Type = OrderType.Limit, Price = null };

        var fault = await Assert.ThrowsAsync<BrokerException>(() => _connector.PlaceOrderAsync(request, CancellationToken.None));

        Assert.Equal(BrokerErrorKind.Validation, fault.Kind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.01)]
    public async Task ClosePosition_NonPositivePart_ValidationInsteadOfAWholeClose(double volume)
    {
        var request = new BrokerCloseRequest(77, (decimal)volume, ValidTag);

        var fault = await Assert.ThrowsAsync<BrokerException>(() => _connector.ClosePositionAsync(request, CancellationToken.None));

        Assert.Equal(BrokerErrorKind.Validation, fault.Kind);
    }

    [Fact]
    public async Task ClosePosition_TagLongerThan31_ValidationBeforeSending()
    {
        var request = new BrokerCloseRequest(77, null, new string('c', ClientOrderTag.MaxLength + 1));

        var fault = await Assert.ThrowsAsync<BrokerException>(() => _connector.ClosePositionAsync(request, CancellationToken.None));

        Assert.Equal(BrokerErrorKind.Validation, fault.Kind);
    }

    private static BrokerOrderRequest Order(string tag) => new("EURUSD", PositionSide.Buy, OrderType.Market, 0.01m, null, null, null, tag);
}
