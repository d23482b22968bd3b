using TradingDashboard.Core.Events.Validation;

namespace TradingDashboard.Core.Messaging.Pipeline;

/// <summary>Counters since start, for health screens and tests.</summary>
public sealed record PipelineStats(
    long Received,
    long Applied,
    long Duplicates,
    long Stale,
    long Rejected,
    IReadOnlyDictionary<RejectReason, long> RejectedByReason,
    DateTimeOffset? LastAppliedAt);
