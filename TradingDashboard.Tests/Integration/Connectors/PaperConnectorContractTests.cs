using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Connectors.Paper;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Tests.Integration.Connectors;

/// <summary>
/// The contract suite for <see cref="PaperConnector"/>, made by the factory for a paper account: it
/// fills on quotes published to the real in-process market hub (as the AMQP consumer does) and reads
/// symbol specifications and candles from the bridge simulator over HTTP. Each test gets a fresh
/// paper account (a new factory), so each starts with the configured balance and no positions.
/// </summary>
public sealed class PaperConnectorContractTests(ConnectorSimulatorFixture simulator)
    : BrokerConnectorContractTests, IClassFixture<ConnectorSimulatorFixture>
{
    private const decimal StartBid = 1.08450m;
    private const decimal Spread = 0.00012m;

    private readonly DateTimeOffset _start = DateTimeOffset.UtcNow;
    private ServiceProvider? _services;
    private IBrokerConnector? _connector;
    private int _ticks;

    protected override IBrokerConnector Connector => _connector ?? throw new InvalidOperationException("Not initialised.");

    protected override string Symbol => ConnectorSimulatorFixture.Symbol;

    public override async Task InitializeAsync()
    {
        _services = simulator.CreateServices(paperAccounts: [ConnectorSimulatorFixture.AccountId]);
        _connector = _services.GetRequiredService<IBrokerConnectorFactory>().Create(simulator.Account);
        Assert.IsType<PaperConnector>(_connector);
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

    [Fact]
    public async Task GetAccountInfo_NewPaperAccount_ConfiguredBalanceAndLeverage()
    {
        var info = await Connector.GetAccountInfoAsync(Ct);

        Assert.Equal(ConnectorSimulatorFixture.Login, info.Login);
        Assert.Equal(10_000m, info.Balance);
        Assert.Equal(100, info.Leverage);
        Assert.Equal("USD", info.Currency);
    }

    [Fact]
    public void Create_SamePaperAccountTwice_OneConnectorKeepsItsState()
    {
        var factory = _services!.GetRequiredService<IBrokerConnectorFactory>();

        Assert.Same(Connector, factory.Create(simulator.Account));
    }

    protected override Task PrepareMarketAsync()
    {
        PublishQuote(StartBid);
        return Task.CompletedTask;
    }

    /// <summary>The market rises 50 points: a long closes with a profit bigger than the spread it paid.</summary>
    protected override Task MoveMarketAsync()
    {
        PublishQuote(StartBid + 0.00050m);
        return Task.CompletedTask;
    }

    private void PublishQuote(decimal bid)
    {
        var accountId = ConnectorSimulatorFixture.AccountId;
        var time = _start.AddMilliseconds(++_ticks);
        var tick = new Tick(accountId, Symbol, bid, bid + Spread, 0m, 0m, time, time.ToUnixTimeMilliseconds(), 0);
        _services!.GetRequiredService<IMarketHub>().Publish(new QuoteUpdate(GroupKeys.Prices(accountId, Symbol), time, tick, StartBid));
    }
}
