namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary><c>GET /api/mt5/account/{login}/symbols</c>.</summary>
public sealed record BridgeSymbols(string Login, IReadOnlyList<BridgeSymbol> Symbols, int Count, DateTimeOffset RetrievedAt);
