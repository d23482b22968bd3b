using TradingDashboard.Core.Simulation.Bridge;
using TradingDashboard.Core.Simulation.Bridge.Faults;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Bridge;

public class SimulatorFaultsTests
{
    private readonly SimulatorFaults _faults = new(SimulatorFixtures.Runtime());

    [Fact]
    public void Take_NoFault_Null()
    {
        Assert.Null(_faults.Take("1001", tradeRequest: true));
    }

    [Fact]
    public void Take_ErrorWithCountTwo_AffectsTwoCallsThenResets()
    {
        _faults.Set(new FaultRequest("error", null, null, 2));

        var decisions = Enumerable.Range(0, 3).Select(_ => _faults.Take("1002", tradeRequest: false)?.Mode).ToList();

        Assert.Equal([FaultMode.Error, FaultMode.Error, null], decisions);
        Assert.Equal(FaultModes.None, _faults.Current.Mode);
    }

    [Fact]
    public void Take_CountZero_UntilReset()
    {
        _faults.Set(new FaultRequest("latency", null, 250, 0));

        var decisions = Enumerable.Range(0, 5).Select(_ => _faults.Take("1001", tradeRequest: false)).ToList();
        _faults.Set(new FaultRequest("none", null, null, null));

        Assert.All(decisions, d => Assert.Equal(new FaultDecision(FaultMode.Latency, TimeSpan.FromMilliseconds(250)), d));
        Assert.Null(_faults.Take("1001", tradeRequest: false));
    }

    [Fact]
    public void Take_LoginGivenAsUuid_OnlyThatAccountAndTheOtherIsNotCounted()
    {
        var set = _faults.Set(new FaultRequest("error", SimulatorFixtures.FirstAccountId.ToString(), null, 1));

        var other = _faults.Take("1002", tradeRequest: true);
        var target = _faults.Take("1001", tradeRequest: true);

        Assert.Equal("1001", set.Value!.Login);
        Assert.Null(other);
        Assert.Equal(FaultMode.Error, target?.Mode);
    }

    [Fact]
    public void Take_AcceptThenTimeout_OnlyTradeRequestsSoReconcilingReadsWork()
    {
        _faults.Set(new FaultRequest("accept_then_timeout", "1001", 5000, 1));

        var read = _faults.Take("1001", tradeRequest: false);
        var trade = _faults.Take("1001", tradeRequest: true);

        Assert.Null(read);
        Assert.Equal(new FaultDecision(FaultMode.AcceptThenTimeout, TimeSpan.FromSeconds(5)), trade);
    }

    [Fact]
    public void Take_UnknownAccount_NullSoTheCallAnswers404()
    {
        _faults.Set(new FaultRequest("error", null, null, 1));

        Assert.Null(_faults.Take("999", tradeRequest: true));
        Assert.Equal(FaultMode.Error, _faults.Take("1001", tradeRequest: true)?.Mode);
    }

    [Theory]
    [InlineData(null, null, null, null, "mode is required")]
    [InlineData("explode", null, null, null, "mode is required")]
    [InlineData("latency", null, null, null, "latency_ms must be between 1 and 600000")]
    [InlineData("accept_then_timeout", null, 0, null, "latency_ms must be between 1 and 600000")]
    [InlineData("error", null, null, -1, "count cannot be negative")]
    [InlineData("error", "999", null, null, "No simulated account has login 999")]
    public void Set_InvalidRequest_InvalidAndNothingChanges(string? mode, string? login, int? latency, int? count, string message)
    {
        var outcome = _faults.Set(new FaultRequest(mode, login, latency, count));

        Assert.Equal(BridgeErrorCode.Invalid, outcome.Error);
        Assert.Contains(message, outcome.Message, StringComparison.Ordinal);
        Assert.Equal(FaultModes.None, _faults.Current.Mode);
    }

    [Fact]
    public void Set_Valid_AnswersTheFaultInForce()
    {
        var outcome = _faults.Set(new FaultRequest("Latency", " 1002 ", 300, 4));

        Assert.Equal(new FaultRequest("latency", "1002", 300, 4), outcome.Value);
    }
}
