using TradingDashboard.Core.Simulation.Bridge;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Bridge;

public class HeadlessControlTests
{
    private static readonly Guid Id = SimulatorFixtures.FirstAccountId;

    [Fact]
    public void SubscribePrice_TwiceThenUnsubscribeOnce_StillSubscribedWithCountOne()
    {
        var control = Control();
        var request = new SubscriptionRequest(Id, null, "EURUSD", null);

        control.SubscribePrice(request);
        control.SubscribePrice(request);
        var change = control.UnsubscribePrice(request);

        Assert.True(change.IsSuccess);
        Assert.Equal((1, true, "price"), (change.Value.Count, change.Value.Subscribed, change.Value.Kind));
        Assert.Equal(1, control.GetDiagnostics(Id.ToString()).Value!.PriceSubscriptions.Single().Count);
    }

    [Fact]
    public void UnsubscribePrice_NotSubscribed_ConflictAndNoNegativeCount()
    {
        var control = Control();
        var request = new SubscriptionRequest(Id, null, "EURUSD", null);

        var change = control.UnsubscribePrice(request);

        Assert.Equal(BridgeErrorCode.Conflict, change.Error);
        Assert.Equal(1, control.SubscribePrice(request).Value!.Count);
    }

    [Fact]
    public void SubscribePrice_OtherCasing_KeepsBrokerCasing()
    {
        var change = Control().SubscribePrice(new SubscriptionRequest(Id, null, "btcusd.a", null));

        Assert.Equal("BTCUSD.a", change.Value!.Symbol);
    }

    [Theory]
    [InlineData(null, "symbol is required")]
    [InlineData(" ", "symbol is required")]
    [InlineData("NOPE", "Unknown symbol 'NOPE'")]
    public void SubscribePrice_BadSymbol_InvalidWithMessage(string? symbol, string message)
    {
        var change = Control().SubscribePrice(new SubscriptionRequest(Id, null, symbol, null));

        Assert.Equal(BridgeErrorCode.Invalid, change.Error);
        Assert.Contains(message, change.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "timeframe is required")]
    [InlineData("M2", "Unknown timeframe 'M2'")]
    [InlineData("m1", "Unknown timeframe 'm1'")]
    public void SubscribeCandles_BadTimeframe_InvalidWithMessage(string? timeframe, string message)
    {
        var change = Control().SubscribeCandles(new SubscriptionRequest(Id, null, "EURUSD", timeframe));

        Assert.Equal(BridgeErrorCode.Invalid, change.Error);
        Assert.Contains(message, change.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubscribeCandles_ByLogin_CountedPerTimeframe()
    {
        var control = Control();

        control.SubscribeCandles(new SubscriptionRequest(null, "1002", "EURUSD", "M1"));
        var h1 = control.SubscribeCandles(new SubscriptionRequest(null, "1002", "EURUSD", "H1"));

        Assert.Equal(("H1", 1), (h1.Value!.Timeframe, h1.Value.Count));
        Assert.Equal(["M1", "H1"], control.GetDiagnostics("1002").Value!.CandleSubscriptions.Select(s => s.Timeframe));
    }

    [Fact]
    public void SubscribePrice_UnknownAccount_NotFound()
    {
        Assert.Equal(BridgeErrorCode.NotFound, Control().SubscribePrice(new SubscriptionRequest(Guid.NewGuid(), null, "EURUSD", null)).Error);
    }

    [Fact]
    public void StartPoller_Twice_SecondReportsAlreadyRunning()
    {
        var control = Control(autoStartPollers: false);
        var request = new AccountRequest(null, "1002");

        var first = control.StartPoller(request);
        var second = control.StartPoller(request);

        Assert.False(first.Value!.AlreadyRunning);
        Assert.True(second.Value!.AlreadyRunning);
        Assert.True(control.GetDiagnostics("1002").Value!.PollerActive);
    }

    [Fact]
    public void GetDiagnostics_PollerNotStarted_Inactive()
    {
        Assert.False(Control(autoStartPollers: false).GetDiagnostics(Id.ToString()).Value!.PollerActive);
    }

    [Fact]
    public void GetDiagnostics_UnknownAccount_NotFound()
    {
        Assert.Equal(BridgeErrorCode.NotFound, Control().GetDiagnostics(Guid.NewGuid().ToString()).Error);
    }

    private static HeadlessControl Control(bool autoStartPollers = true) =>
        new(SimulatorFixtures.Runtime(SimulatorFixtures.Options(autoStartPollers: autoStartPollers)), new ManualTimeProvider(SimulatorFixtures.Start));
}
