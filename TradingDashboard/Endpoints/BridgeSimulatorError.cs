namespace TradingDashboard.Endpoints;

/// <summary>Error body of the simulated bridge API.</summary>
/// <param name="Error"><c>invalid_request</c>, <c>not_found</c> or <c>conflict</c>.</param>
internal sealed record BridgeSimulatorError(string Error, string Message);
