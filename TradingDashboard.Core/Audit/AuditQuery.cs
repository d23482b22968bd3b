namespace TradingDashboard.Core.Audit;

/// <summary>A page of the audit log, newest first, optionally filtered by subject, action prefix or actor.</summary>
public sealed record AuditQuery(int Skip = 0, int Take = 50, string? SubjectId = null, string? ActionPrefix = null, string? ActorId = null);
