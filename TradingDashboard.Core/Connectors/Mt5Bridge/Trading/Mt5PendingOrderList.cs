namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary><c>GET /api/mt5/account/{login}/orders</c>.</summary>
internal sealed record Mt5PendingOrderList(IReadOnlyList<Mt5PendingOrder>? Orders);
