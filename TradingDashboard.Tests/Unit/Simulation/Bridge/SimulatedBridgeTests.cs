using TradingDashboard.Core.Simulation.Bridge;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Bridge;

public class SimulatedBridgeTests
{
    private readonly ManualTimeProvider _time = new(SimulatorFixtures.Start);

    [Fact]
    public void GetAccountInfo_TerminalConnected_ServesLiveData()
    {
        var info = Bridge().GetAccountInfo("1001");

        Assert.Equal(DataSources.LiveData, info.Value!.Source);
        Assert.NotNull(info.Value.LiveData);
        Assert.NotNull(info.Value.StoredData);
    }

    [Fact]
    public void GetAccountInfo_TerminalDisconnected_ServesStoredDataOnly()
    {
        var bridge = Bridge();
        bridge.SetTerminalConnected("1001", new TerminalStateRequest(false));

        var info = bridge.GetAccountInfo("1001").Value!;

        Assert.Equal(DataSources.StoredData, info.Source);
        Assert.Null(info.LiveData);
        Assert.Equal(10_000m, info.StoredData!.Balance);
        Assert.Equal(SimulatorFixtures.Start, info.StoredAt);
    }

    [Fact]
    public void GetAccountInfo_UnknownLogin_NotFound()
    {
        Assert.Equal(BridgeErrorCode.NotFound, Bridge().GetAccountInfo("999").Error);
    }

    [Fact]
    public void GetHealth_OneOfTwoTerminalsDisconnected_Degraded()
    {
        var bridge = Bridge();
        bridge.SetTerminalConnected("1002", new TerminalStateRequest(false));
        _time.Advance(TimeSpan.FromSeconds(90));

        var health = bridge.GetHealth();

        Assert.Equal(("degraded", true, 2, 1, 90L), (health.Status, health.TerminalConnected, health.AccountsCount, health.ConnectedAccounts, health.UptimeSeconds));
    }

    [Fact]
    public void GetAccountsSummary_TwoAccounts_ListsIdentityAndBalances()
    {
        var summary = Bridge().GetAccountsSummary();

        Assert.Equal(2, summary.Count);
        Assert.Equal([("1001", "USD", 10_000m), ("1002", "EUR", 5_000m)], summary.Accounts.Select(a => (a.Login, a.Currency, a.Balance)));
    }

    [Fact]
    public void GetTrades_Account_ReturnsOnlyTheOpeningDealsOfItsPositions()
    {
        var trades = Bridge().GetTrades("1001").Value!;

        Assert.Equal(2, trades.Count);
        Assert.Equal(["EURUSD", "XAUUSD"], trades.Trades.Select(t => t.Symbol));
    }

    [Fact]
    public void GetAccountBalance_Connected_LiveEquityFromPositions()
    {
        var balance = Bridge().GetAccountBalance("1001").Value!;

        Assert.Equal(DataSources.LiveData, balance.Source);
        Assert.Equal(balance.Balance + balance.Profit, balance.Equity);
        Assert.True(balance.Margin > 0);
    }

    [Fact]
    public void SetTerminalConnected_MissingFlag_Invalid()
    {
        Assert.Equal(BridgeErrorCode.Invalid, Bridge().SetTerminalConnected("1001", new TerminalStateRequest(null)).Error);
    }

    private SimulatedBridge Bridge() => new(SimulatorFixtures.Runtime(), _time);
}
