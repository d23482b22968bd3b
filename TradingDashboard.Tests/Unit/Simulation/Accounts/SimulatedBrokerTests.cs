using TradingDashboard.Core.Connectors;
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

        var positions = account.Book.Valuate().Positions;
        var deals = account.Book.Deals(DateTimeOffset.MinValue);
        Assert.Equal([("EURUSD", PositionSide.Buy, eurUsd.Ask), ("XAUUSD", PositionSide.Sell, xau.Bid)],
            positions.Select(p => (p.Symbol, p.Direction, p.PriceOpen)));
        Assert.Equal(positions.Select(p => p.Ticket), deals.Select(d => d.PositionTicket));
        Assert.Equal(positions.Select(p => p.Ticket), deals.Select(d => d.OrderTicket));
        Assert.All(deals, d => Assert.Equal(DealEntry.In, d.Entry));
        Assert.Equal([PositionSide.Buy, PositionSide.Sell], deals.Select(d => d.Direction));
        Assert.Equal(positions.Select(p => p.PriceOpen), deals.Select(d => d.Price));
    }

    [Fact]
    public void Open_NoPositionsConfigured_OpensDefaultPositions()
    {
        var options = SimulatorFixtures.Options();
        options.Accounts[1].Positions.Clear();

        var account = SimulatorFixtures.Runtime(options).Broker.FindByLogin("1002")!;

        Assert.InRange(account.Book.Valuate().Positions.Count, 1, 2);
    }

    [Fact]
    public void Open_TwoAccounts_TicketsUniqueAcrossTheServer()
    {
        var broker = SimulatorFixtures.Runtime().Broker;

        var tickets = broker.Accounts.SelectMany(a => a.Book.Valuate().Positions.Select(p => p.Ticket)).ToList();

        Assert.Equal(3, tickets.Count);
        Assert.Equal(tickets.Count, tickets.Distinct().Count());
    }

    [Fact]
    public void Open_NettingAccountConfigured_BookIsNetting()
    {
        var options = SimulatorFixtures.Options();
        options.Accounts[1].Hedging = false;

        var broker = SimulatorFixtures.Runtime(options).Broker;

        Assert.Equal((true, false), (broker.FindByLogin("1001")!.Book.Hedging, broker.FindByLogin("1002")!.Book.Hedging));
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
