namespace TradingDashboard.Core.Audit;

/// <summary>An <see cref="AuditEntry"/> as read back, with its changes parsed.</summary>
public sealed record AuditRecord(
    long Id,
    DateTimeOffset At,
    string ActorId,
    string ActorName,
    string Action,
    string SubjectType,
    string SubjectId,
    string? SubjectName,
    IReadOnlyList<AuditChange> Changes);
