namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>Simulator control: connect or disconnect an account's simulated terminal.</summary>
public sealed record TerminalStateRequest(bool? Connected);
