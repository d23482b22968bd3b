using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Validation;

namespace TradingDashboard.Core.Messaging.Pipeline;

/// <summary>
/// The one path every transport feeds: validate → resolve account → dedupe → apply (market
/// data in memory, state changes through the inbox). Never throws on bad data: the caller gets
/// a verdict to ack, dead-letter or retry. A database fault is retried (the effect is not durable
/// yet, so the message must not be acked) up to <see cref="MaxAttempts"/> times before it is
/// dead-lettered as a processing error.
/// </summary>
public sealed partial class EventPipeline
{
    public const int MaxAttempts = 5;

    private readonly ConcurrentDictionary<Guid, int> _attempts = new();
    private readonly EventReader _reader;
    private readonly AccountResolver _resolver;
    private readonly RecentEventWindow _recent;
    private readonly MarketDataApplier _marketData;
    private readonly PositionClosedHandler _positionClosed;
    private readonly PipelineMetrics _metrics;
    private readonly ILogger<EventPipeline> _logger;

    internal EventPipeline(
        EventReader reader,
        AccountResolver resolver,
        RecentEventWindow recent,
        MarketDataApplier marketData,
        PositionClosedHandler positionClosed,
        PipelineMetrics metrics,
        ILogger<EventPipeline> logger)
    {
        _reader = reader;
        _resolver = resolver;
        _recent = recent;
        _marketData = marketData;
        _positionClosed = positionClosed;
        _metrics = metrics;
        _logger = logger;
    }

    public async ValueTask<ProcessingResult> ProcessAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ProcessingResult result;
        try
        {
            result = await ProcessCoreAsync(body, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect, not bad data; still never let it reach the transport's loop.
            LogProcessFailed(e);
            result = ProcessingResult.Rejected(new EventRejection(RejectReason.ProcessingError, $"{e.GetType().Name} while processing"));
        }

        _metrics.Record(result);
        if (result is { Outcome: ProcessingOutcome.Rejected, Rejection: { } rejection })
        {
            LogRejected(rejection.Reason.ToWire(), rejection.Detail, result.EventId);
        }

        return result;
    }

    private async ValueTask<ProcessingResult> ProcessCoreAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var read = _reader.Read(body);
        if (read.Event is not { } inbound)
        {
            return ProcessingResult.Rejected(read.Rejection!);
        }

        if (_recent.Contains(inbound.EventId))
        {
            return new ProcessingResult(ProcessingOutcome.Duplicate, EventId: inbound.EventId);
        }

        if (_resolver.Resolve(inbound.Platform, inbound.Account) is not { } account)
        {
            return ProcessingResult.Rejected(new EventRejection(RejectReason.UnknownAccount, $"no active account for {inbound.Account}"), inbound.EventId);
        }

        ProcessingOutcome outcome;
        try
        {
            outcome = inbound.Type == EventTypes.PositionClosed
                ? await _positionClosed.ApplyAsync(inbound, account.Id, cancellationToken).ConfigureAwait(false)
                : _marketData.Apply(inbound, account.Id);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogApplyFailed(e, inbound.EventId, inbound.Type);
            var rejection = new EventRejection(RejectReason.ProcessingError, $"{e.GetType().Name} while applying {inbound.Type}");
            if (_attempts.Count > 10_000)
            {
                _attempts.Clear();
            }

            if (IsTransient(e) && _attempts.AddOrUpdate(inbound.EventId, 1, static (_, n) => n + 1) < MaxAttempts)
            {
                return new ProcessingResult(ProcessingOutcome.Retry, rejection, inbound.EventId);
            }

            _attempts.TryRemove(inbound.EventId, out _);
            return ProcessingResult.Rejected(rejection, inbound.EventId);
        }

        _attempts.TryRemove(inbound.EventId, out _);
        _recent.Add(inbound.EventId);
        return new ProcessingResult(outcome, EventId: inbound.EventId);
    }

    private static bool IsTransient(Exception e) => e is DbException or DbUpdateException or TimeoutException or IOException;

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing a message failed")]
    private partial void LogProcessFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} rejected: {Reason} ({Detail})")]
    private partial void LogRejected(string reason, string detail, Guid? eventId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying event {EventId} ({Type}) failed")]
    private partial void LogApplyFailed(Exception exception, Guid eventId, string type);
}
