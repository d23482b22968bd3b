namespace TradingDashboard.Core.Simulation.Bridge.Trading;

/// <summary><c>GET /api/mt5/account/{login}/orders</c>.</summary>
public sealed record BridgePendingOrders(string Login, IReadOnlyList<BridgePendingOrder> Orders, int Count, DateTimeOffset RetrievedAt);
