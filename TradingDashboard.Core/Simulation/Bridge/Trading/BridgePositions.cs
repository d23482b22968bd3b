namespace TradingDashboard.Core.Simulation.Bridge.Trading;

/// <summary><c>GET /api/mt5/account/{login}/positions</c>.</summary>
public sealed record BridgePositions(string Login, IReadOnlyList<BridgePosition> Positions, int Count, DateTimeOffset RetrievedAt);
