namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary><c>GET /api/mt5/accounts/summary</c>.</summary>
public sealed record BridgeAccountsSummary(IReadOnlyList<BridgeAccountSummary> Accounts, int Count, DateTimeOffset RetrievedAt);
