namespace TradingDashboard.Endpoints;

/// <summary>Error body of the simulated bridge API.</summary>
/// <param name="Error"><c>invalid_request</c>, <c>not_found</c>, <c>conflict</c>, or <c>simulated_fault</c> (an injected 500).</param>
internal sealed record BridgeSimulatorError(string Error, string Message);
