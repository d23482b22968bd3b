using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Validation;

namespace TradingDashboard.Core.Messaging.Pipeline;

/// <summary>
/// The one path every transport feeds: validate → resolve account → dedupe → apply (market
/// data in memory, state changes through the inbox). Never throws on bad data: the caller gets
/// a verdict to ack or dead-letter.
/// </summary>
public sealed partial class EventPipeline
{
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
        var result = await ProcessCoreAsync(body, cancellationToken).ConfigureAwait(false);
        _metrics.Record(result);
        if (result.Rejection is { } rejection)
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
            return ProcessingResult.Rejected(new EventRejection(RejectReason.ProcessingError, $"{e.GetType().Name} while applying {inbound.Type}"), inbound.EventId);
        }

        _recent.Add(inbound.EventId);
        return new ProcessingResult(outcome, EventId: inbound.EventId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} rejected: {Reason} ({Detail})")]
    private partial void LogRejected(string reason, string detail, Guid? eventId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying event {EventId} ({Type}) failed")]
    private partial void LogApplyFailed(Exception exception, Guid eventId, string type);
}
