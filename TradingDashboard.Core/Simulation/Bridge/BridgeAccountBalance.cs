namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary><c>GET /api/mt5/account/{login}/balance</c>.</summary>
public sealed record BridgeAccountBalance(
    string Login,
    decimal Balance,
    decimal Equity,
    decimal Profit,
    decimal Margin,
    decimal MarginFree,
    decimal MarginLevel,
    string Currency,
    string Source,
    DateTimeOffset RetrievedAt);
