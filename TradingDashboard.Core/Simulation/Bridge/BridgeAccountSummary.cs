namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>One account of <c>GET /api/mt5/accounts/summary</c>.</summary>
/// <param name="Source"><c>live_data</c> or <c>stored_data</c>: where balance and equity come from.</param>
public sealed record BridgeAccountSummary(
    string Login,
    Guid? InternalAccountId,
    string Name,
    string Server,
    decimal Balance,
    decimal Equity,
    string Currency,
    bool Connected,
    string Source);
