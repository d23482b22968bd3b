namespace TradingDashboard.Core.Audit;

/// <summary>One admin action: who, when, what, on which subject, and the field changes.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string ActorId { get; set; }
    public required string ActorName { get; set; }

    /// <summary>Dotted verb, e.g. <c>account.created</c>, <c>account.access_granted</c>, <c>user.locked</c>.</summary>
    public required string Action { get; set; }

    /// <summary><c>account</c> or <c>user</c>.</summary>
    public required string SubjectType { get; set; }

    public required string SubjectId { get; set; }

    /// <summary>A readable name of the subject at the time (account display name, user name).</summary>
    public string? SubjectName { get; set; }

    /// <summary>The <see cref="AuditChange"/> list as JSON.</summary>
    public required string Changes { get; set; }
}
