namespace TradingDashboard.Core.Events;

/// <summary>The JSON envelope every bridge event travels in (snake_case on the wire).</summary>
/// <typeparam name="TPayload">One of the records in <c>Events.Payloads</c>.</typeparam>
public sealed record EventEnvelope<TPayload>
{
    public required Guid EventId { get; init; }
    public int EventVersion { get; init; } = 1;
    public string? Source { get; init; }
    public string Platform { get; init; } = "MT5";
    public required string Type { get; init; }
    public Guid? InternalAccountId { get; init; }
    public string? SourceAccountKey { get; init; }

    /// <summary>Legacy: an internal UUID or a numeric broker login.</summary>
    public string? AccountId { get; init; }

    /// <summary>Legacy broker login.</summary>
    public string? BrokerLogin { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public string? TraceId { get; init; }
    public required TPayload Payload { get; init; }
}
