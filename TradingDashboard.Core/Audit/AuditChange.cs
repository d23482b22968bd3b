namespace TradingDashboard.Core.Audit;

/// <summary>One changed field. Secrets are recorded as <c>(set)</c>/<c>(cleared)</c>, never their value.</summary>
public sealed record AuditChange(string Field, string? From, string? To);
