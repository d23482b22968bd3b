using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Bridge;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Accounts;

public class SimulatedBrokerTests
{
    [Fact]
    public void Open_ConfiguredPositions_OpensBuysAtAskSellsAtBidWithOneOpeningDealEach()
    {
        var runtime = SimulatorFixtures.Runtime();
        var account = runtime.Broker.FindByLogin("1001")!;
        Assert.True(runtime.Market.Quotes.TryGetQuote("EURUSD", out var eurUsd));
        Assert.True(runtime.Market.Quotes.TryGetQuote("XAUUSD", out var xau));

        Assert.Equal([("EURUSD", PositionSide.Buy, eurUsd.Ask), ("XAUUSD", PositionSide.Sell, xau.Bid)],
            account.Positions.Select(p => (p.Symbol.Name, p.Side, p.PriceOpen)));
        Assert.Equal(account.Positions.Select(p => p.Ticket), account.Deals.Select(d => d.PositionId));
        Assert.All(account.Deals, d => Assert.Equal(0, d.Entry));
        Assert.Equal([0, 1], account.Deals.Select(d => d.Type));
        Assert.Equal(account.Positions.Select(p => p.PriceOpen), account.Deals.Select(d => d.Price));
    }

    [Fact]
    public void Open_NoPositionsConfigured_OpensDefaultPositions()
    {
        var options = SimulatorFixtures.Options();
        options.Accounts[1].Positions.Clear();

        var account = SimulatorFixtures.Runtime(options).Broker.FindByLogin("1002")!;

        Assert.InRange(account.Positions.Count, 1, 2);
    }

    [Fact]
    public void Open_Always_StoresInitialAccountInfo()
    {
        var account = SimulatorFixtures.Runtime().Broker.FindByLogin("1001")!;

        Assert.Equal(SimulatorFixtures.Start, account.Stored!.StoredAt);
        Assert.Equal(10_000m, account.Stored.Info.Balance);
    }

    [Fact]
    public void Resolve_NeitherIdNorLogin_Invalid()
    {
        Assert.Equal(BridgeErrorCode.Invalid, SimulatorFixtures.Runtime().Broker.Resolve(null, " ").Error);
    }

    [Fact]
    public void Resolve_UnknownId_NotFound()
    {
        Assert.Equal(BridgeErrorCode.NotFound, SimulatorFixtures.Runtime().Broker.Resolve(Guid.NewGuid(), null).Error);
    }

    [Fact]
    public void Resolve_IdAndLoginOfDifferentAccounts_Invalid()
    {
        Assert.Equal(BridgeErrorCode.Invalid, SimulatorFixtures.Runtime().Broker.Resolve(SimulatorFixtures.FirstAccountId, "1002").Error);
    }

    [Fact]
    public void Resolve_LoginOnly_FindsAccount()
    {
        Assert.Equal("1002", SimulatorFixtures.Runtime().Broker.Resolve(null, "1002").Value?.Login);
    }
}
