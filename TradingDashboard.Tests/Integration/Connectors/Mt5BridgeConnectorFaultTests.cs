using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Resilience;

namespace TradingDashboard.Tests.Integration.Connectors;

/// <summary>
/// How <c>Mt5BridgeConnector</c> turns bridge failures into typed faults, driven by the simulator's
/// fault injection (<c>POST /mt5/simulator/faults</c>), a dead port and an unknown login.
/// </summary>
public sealed class Mt5BridgeConnectorFaultTests(ConnectorSimulatorFixture simulator) : IClassFixture<ConnectorSimulatorFixture>, IAsyncLifetime
{
    private const string Symbol = ConnectorSimulatorFixture.Symbol;

    private readonly List<ServiceProvider> _services = [];
    private static CancellationToken Ct => CancellationToken.None;

    public Task InitializeAsync() => simulator.SetFaultAsync("none");

    public async Task DisposeAsync()
    {
        await simulator.SetFaultAsync("none");
        foreach (var services in _services)
        {
            await services.DisposeAsync();
        }
    }

    [Fact]
    public async Task PlaceOrder_BridgeAnswersServerError_ConnectionFaultAndNothingExecuted()
    {
        var connector = Connector();
        var tag = NewTag();
        await simulator.SetFaultAsync("error", count: 1);

        var fault = await Assert.ThrowsAsync<BrokerException>(() => connector.PlaceOrderAsync(Market(tag), Ct));

        Assert.Equal(BrokerErrorKind.Connection, fault.Kind);
        Assert.True(fault.OutcomeUnknown);
        Assert.Contains("500", fault.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(await connector.GetPositionsAsync(Ct), p => ClientOrderTag.Matches(p.Comment, tag));
        Assert.DoesNotContain(await connector.GetDealsAsync(DateTimeOffset.UtcNow.AddMinutes(-1), Ct), d => ClientOrderTag.Matches(d.Comment, tag));
    }

    [Fact]
    public async Task PlaceOrder_BridgeExecutesThenHoldsTheReply_TimeoutWithUnknownOutcomeAndPositionAtBridge()
    {
        // A trade timeout generous enough for the simulator to have read and executed the order under load.
        var connector = Connector(tradeTimeoutMs: 2000);
        var tag = NewTag();
        await simulator.SetFaultAsync("accept_then_timeout", latencyMs: 8000, count: 1);

        var fault = await Assert.ThrowsAsync<BrokerException>(() => connector.PlaceOrderAsync(Market(tag), Ct));

        Assert.Equal(BrokerErrorKind.Timeout, fault.Kind);
        Assert.True(fault.OutcomeUnknown);
        Assert.Contains("unknown", fault.Message, StringComparison.OrdinalIgnoreCase);
        var position = Assert.Single(await connector.GetPositionsAsync(Ct), p => ClientOrderTag.Matches(p.Comment, tag));
        await connector.ClosePositionAsync(new BrokerCloseRequest(position.Ticket, null, NewTag()), Ct);
    }

    [Fact]
    public async Task GetPositions_BridgeSlowerThanTheReadTimeout_TimeoutFault()
    {
        var connector = Connector(readTimeoutMs: 500);
        await simulator.SetFaultAsync("latency", latencyMs: 4000, count: 1);

        var fault = await Assert.ThrowsAsync<BrokerException>(() => connector.GetPositionsAsync(Ct));

        Assert.Equal(BrokerErrorKind.Timeout, fault.Kind);
        Assert.Contains("0.5 s", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPositions_CallerCancelsWhileTheBridgeIsSlow_OperationCanceledNotAFault()
    {
        var connector = Connector(readTimeoutMs: 30_000);
        await simulator.SetFaultAsync("latency", latencyMs: 5000, count: 1);
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        caller.CancelAfter(TimeSpan.FromMilliseconds(300));

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connector.GetPositionsAsync(caller.Token));

        Assert.Equal(caller.Token, cancelled.CancellationToken);
    }

    [Fact]
    public async Task Calls_DeadPort_ConnectionFaultWithoutCredentials()
    {
        var dead = new Uri($"http://trader:s3cr3t-pass@127.0.0.1:{FreePort()}/");
        var connector = Connector(bridge: dead);

        var read = await Assert.ThrowsAsync<BrokerException>(() => connector.GetPositionsAsync(Ct));
        var trade = await Assert.ThrowsAsync<BrokerException>(() => connector.PlaceOrderAsync(Market(NewTag()), Ct));

        Assert.Equal(BrokerErrorKind.Connection, read.Kind);
        Assert.Equal(BrokerErrorKind.Connection, trade.Kind);
        Assert.True(trade.OutcomeUnknown);
        Assert.All(new[] { read.Message, trade.Message }, m => Assert.DoesNotContain("s3cr3t", m, StringComparison.Ordinal));
        Assert.Contains("127.0.0.1", read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_LoginUnknownToTheBridge_StateFault()
    {
        var connector = Connector(login: "999999");

        var positions = await Assert.ThrowsAsync<BrokerException>(() => connector.GetPositionsAsync(Ct));
        var symbol = await Assert.ThrowsAsync<BrokerException>(() => connector.GetSymbolAsync(Symbol, Ct));
        var order = await Assert.ThrowsAsync<BrokerException>(() => connector.PlaceOrderAsync(Market(NewTag()), Ct));

        Assert.All(new[] { positions, symbol, order }, f => Assert.Equal(BrokerErrorKind.State, f.Kind));
        Assert.Equal("Login 999999 is unknown to the bridge.", positions.Message);
        Assert.False(positions.OutcomeUnknown);
    }

    [Fact]
    public async Task PlaceOrder_TagLongerThanTheMt5Comment_ValidationFaultBeforeSending()
    {
        var connector = Connector();
        var tag = "td1:" + new string('x', ClientOrderTag.MaxLength);

        var fault = await Assert.ThrowsAsync<BrokerException>(() => connector.PlaceOrderAsync(Market(tag), Ct));

        Assert.Equal(BrokerErrorKind.Validation, fault.Kind);
        Assert.False(fault.OutcomeUnknown);
        Assert.DoesNotContain(await connector.GetPositionsAsync(Ct), p => p.Comment.StartsWith("td1:xxxx", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_Mt5Account_BridgeConnectorForItsLoginWithEveryCapability()
    {
        var connector = Connector();

        Assert.Equal(ConnectorSimulatorFixture.Login, connector.Login);
        Assert.Equal(new BrokerCapabilities(Streaming: true, PendingOrders: true, PartialClose: true, Hedging: true), connector.Capabilities);
    }

    private IBrokerConnector Connector(int tradeTimeoutMs = 10_000, int readTimeoutMs = 10_000, Uri? bridge = null, string? login = null)
    {
        var services = simulator.CreateServices(tradeTimeoutMs, readTimeoutMs, bridge);
        _services.Add(services);
        var account = new Account
        {
            Id = ConnectorSimulatorFixture.AccountId,
            DisplayName = "Faults",
            Platform = Platform.Mt5,
            BrokerLogin = login ?? ConnectorSimulatorFixture.Login,
            Currency = "USD",
        };
        return services.GetRequiredService<IBrokerConnectorFactory>().Create(account);
    }

    private static BrokerOrderRequest Market(string tag) => new(Symbol, PositionSide.Buy, OrderType.Market, 0.01m, null, null, null, tag);

    private static string NewTag() => ClientOrderTag.For(Guid.NewGuid().ToString("N"));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
