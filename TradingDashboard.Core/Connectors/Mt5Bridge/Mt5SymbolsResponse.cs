namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary><c>GET /api/mt5/account/{login}/symbols</c>.</summary>
internal sealed record Mt5SymbolsResponse(IReadOnlyList<Mt5Symbol>? Symbols);
