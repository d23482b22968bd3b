namespace TradingDashboard.Core.Trading.Reconciliation;

internal sealed record ReconcileRequest(Guid AccountId, DateTimeOffset DueAt);
