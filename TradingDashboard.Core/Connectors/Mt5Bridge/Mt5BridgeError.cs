namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>The bridge's error body: <c>{"error": "not_found", "message": "…"}</c>.</summary>
internal sealed record Mt5BridgeError(string? Error, string? Message);
