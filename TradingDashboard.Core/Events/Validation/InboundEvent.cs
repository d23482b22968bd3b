using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Events.Validation;

/// <summary>A structurally valid event, before its account is resolved.</summary>
/// <param name="Payload">One of the records in <c>Events.Payloads</c>, matching <paramref name="Type"/>.</param>
public sealed record InboundEvent(
    Guid EventId,
    int EventVersion,
    string? Source,
    Platform Platform,
    string Type,
    AccountReference Account,
    DateTimeOffset OccurredAt,
    DateTimeOffset? SentAt,
    string? TraceId,
    object Payload);
