namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary><c>GET /api/mt5/bridge/health</c>.</summary>
/// <param name="Status"><c>ok</c> (every terminal connected), <c>degraded</c> (some) or <c>down</c> (none).</param>
public sealed record BridgeHealthReport(
    string Status,
    bool TerminalConnected,
    int AccountsCount,
    int ConnectedAccounts,
    long UptimeSeconds,
    string Version,
    bool Simulated,
    DateTimeOffset Timestamp);
