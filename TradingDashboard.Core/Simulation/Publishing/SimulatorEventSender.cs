using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Simulation.Bridge;

namespace TradingDashboard.Core.Simulation.Publishing;

/// <summary>
/// Publishes a step's events in order and survives transport failures: after a failure it
/// backs off (1 s doubling to 30 s), drops superseded market data, and keeps completed bars
/// (bounded) to send first once the transport is back.
/// </summary>
internal sealed class SimulatorEventSender(IEventPublisher publisher, HeadlessState headless, TimeProvider time, int maxPending, ILogger logger)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly Queue<OutboundEvent> _pending = new();
    private int _consecutiveFailures;
    private DateTimeOffset _retryAt = DateTimeOffset.MinValue;

    public int PendingCount => _pending.Count;

    public bool IsBackingOff => time.GetUtcNow() < _retryAt;

    public async Task SendAsync(IReadOnlyList<OutboundEvent> events, CancellationToken cancellationToken)
    {
        if (IsBackingOff)
        {
            Keep(events, 0);
            return;
        }

        while (_pending.TryPeek(out var pending))
        {
            if (!await TryPublishAsync(pending, cancellationToken).ConfigureAwait(false))
            {
                Keep(events, 0);
                return;
            }

            _pending.Dequeue();
        }

        for (var i = 0; i < events.Count; i++)
        {
            if (!await TryPublishAsync(events[i], cancellationToken).ConfigureAwait(false))
            {
                Keep(events, i);
                return;
            }
        }

        if (_consecutiveFailures > 0)
        {
            logger.PublishingRecovered(_consecutiveFailures);
            _consecutiveFailures = 0;
        }
    }

    private async Task<bool> TryPublishAsync(OutboundEvent outbound, CancellationToken cancellationToken)
    {
        try
        {
            var now = time.GetUtcNow();
            await publisher.PublishAsync(outbound.RoutingKey, outbound.Serialize(now), cancellationToken).ConfigureAwait(false);
            headless.Activity(outbound.Login).RecordPublished(now);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _consecutiveFailures++;
            var backoff = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(_consecutiveFailures - 1, 10))));
            _retryAt = time.GetUtcNow() + backoff;
            headless.Activity(outbound.Login).RecordFailure();
            logger.PublishFailed(ex, outbound.Type, outbound.RoutingKey, _consecutiveFailures, backoff.TotalSeconds);
            return false;
        }
    }

    private void Keep(IReadOnlyList<OutboundEvent> events, int from)
    {
        for (var i = from; i < events.Count; i++)
        {
            if (!events[i].MustDeliver || maxPending == 0)
            {
                continue;
            }

            if (_pending.Count >= maxPending)
            {
                var dropped = _pending.Dequeue();
                logger.PendingEventDropped(dropped.Type, dropped.RoutingKey, maxPending);
            }

            _pending.Enqueue(events[i]);
        }
    }
}
