namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary><c>GET /api/mt5/account/{login}/trades</c>: the account's deal history.</summary>
public sealed record BridgeTradeHistory(string Login, IReadOnlyList<BridgeDeal> Trades, int Count, DateTimeOffset RetrievedAt);
