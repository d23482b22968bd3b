namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary><c>GET /api/mt5/account/{login}/positions</c>.</summary>
internal sealed record Mt5PositionList(IReadOnlyList<Mt5Position>? Positions);
