namespace TradingDashboard.Core.Simulation.Bridge.Trading;

/// <summary><c>GET /api/mt5/account/{login}/deals?from=</c>: deals at or after <c>from</c>, oldest first.</summary>
public sealed record BridgeDeals(string Login, IReadOnlyList<BridgeDeal> Deals, int Count, DateTimeOffset RetrievedAt);
