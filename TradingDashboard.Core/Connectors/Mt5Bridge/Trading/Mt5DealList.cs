namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary><c>GET /api/mt5/account/{login}/deals?from=</c>.</summary>
internal sealed record Mt5DealList(IReadOnlyList<Mt5Deal>? Deals);
