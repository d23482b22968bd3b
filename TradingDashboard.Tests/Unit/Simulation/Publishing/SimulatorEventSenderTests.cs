using Microsoft.Extensions.Logging.Abstractions;
using TradingDashboard.Core.Simulation.Bridge;
using TradingDashboard.Core.Simulation.Publishing;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Publishing;

public class SimulatorEventSenderTests
{
    private readonly ManualTimeProvider _time = new(SimulatorFixtures.Start);
    private readonly RecordingEventPublisher _publisher = new();
    private readonly HeadlessState _headless = new();

    [Fact]
    public async Task SendAsync_TransportWorks_PublishesInOrderAndRecordsActivity()
    {
        var sender = Sender();

        await sender.SendAsync([Event("a"), Event("b", mustDeliver: true)], CancellationToken.None);

        Assert.Equal(["account.1001.a", "account.1001.b"], _publisher.Messages.Select(m => m.RoutingKey));
        Assert.Equal(2, _headless.Activity("1001").Published);
        Assert.Equal(SimulatorFixtures.Start, _headless.Activity("1001").LastPublishAt);
    }

    [Fact]
    public async Task SendAsync_PublisherThrows_DoesNotThrowAndBacksOff()
    {
        var sender = Sender();
        _publisher.Fail = true;

        await sender.SendAsync([Event("a"), Event("b")], CancellationToken.None);
        await sender.SendAsync([Event("c")], CancellationToken.None);

        Assert.Equal(1, _publisher.Attempts);
        Assert.True(sender.IsBackingOff);
        Assert.Equal(1, _headless.Activity("1001").Failures);
    }

    [Fact]
    public async Task SendAsync_AfterBackoff_SendsKeptCompletedBarsFirstAndDropsSupersededData()
    {
        var sender = Sender();
        _publisher.Fail = true;
        await sender.SendAsync([Event("tick1"), Event("bar1", mustDeliver: true)], CancellationToken.None);
        await sender.SendAsync([Event("tick2"), Event("bar2", mustDeliver: true)], CancellationToken.None);

        _publisher.Fail = false;
        _time.Advance(TimeSpan.FromSeconds(1));
        await sender.SendAsync([Event("tick3")], CancellationToken.None);

        Assert.Equal(["account.1001.bar1", "account.1001.bar2", "account.1001.tick3"], _publisher.Messages.Select(m => m.RoutingKey));
        Assert.Equal(0, sender.PendingCount);
    }

    [Fact]
    public async Task SendAsync_RepeatedFailures_BackoffDoubles()
    {
        var sender = Sender();
        _publisher.Fail = true;
        await sender.SendAsync([Event("a")], CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        await sender.SendAsync([Event("a")], CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(1.5));

        Assert.True(sender.IsBackingOff);
        _time.Advance(TimeSpan.FromSeconds(0.5));
        Assert.False(sender.IsBackingOff);
    }

    [Fact]
    public async Task SendAsync_MorePendingThanCapacity_DropsTheOldest()
    {
        var sender = Sender(maxPending: 2);
        _publisher.Fail = true;

        await sender.SendAsync([Event("bar1", true), Event("bar2", true), Event("bar3", true)], CancellationToken.None);
        _publisher.Fail = false;
        _time.Advance(TimeSpan.FromSeconds(1));
        await sender.SendAsync([], CancellationToken.None);

        Assert.Equal(["account.1001.bar2", "account.1001.bar3"], _publisher.Messages.Select(m => m.RoutingKey));
    }

    [Fact]
    public async Task SendAsync_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sender(publisher: new CancellingPublisher()).SendAsync([Event("a")], cancelled.Token));
    }

    private SimulatorEventSender Sender(int maxPending = 100, Core.Messaging.IEventPublisher? publisher = null) =>
        new(publisher ?? _publisher, _headless, _time, maxPending, NullLogger.Instance);

    private static OutboundEvent Event(string type, bool mustDeliver = false) =>
        new("1001", type, "account.1001." + type, mustDeliver, _ => [1, 2, 3]);

    private sealed class CancellingPublisher : Core.Messaging.IEventPublisher
    {
        public Task PublishAsync(string routingKey, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
            Task.FromCanceled(cancellationToken);
    }
}
