namespace TradingDashboard.Core.Simulation.Bridge.Trading;

/// <summary><c>POST /api/mt5/account/{login}/positions/{ticket}/modify</c>: both levels, 0 removes one.</summary>
public sealed record BridgeModifyRequest(decimal? Sl, decimal? Tp);
