namespace TradingDashboard.Core.Audit;

public sealed record AuditPage(IReadOnlyList<AuditRecord> Items, int Total);
