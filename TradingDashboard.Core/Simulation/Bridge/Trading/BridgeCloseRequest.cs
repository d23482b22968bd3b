namespace TradingDashboard.Core.Simulation.Bridge.Trading;

/// <summary><c>POST /api/mt5/account/{login}/positions/{ticket}/close</c>.</summary>
/// <param name="Volume">Absent or 0 closes the whole position; less closes part of it.</param>
/// <param name="Comment">The closing order's tag (at most 31 characters).</param>
public sealed record BridgeCloseRequest(decimal? Volume, int? Deviation, long? Magic, string? Comment);
