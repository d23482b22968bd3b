namespace TradingDashboard.Core.Simulation.Bridge.Faults;

/// <summary>The fault one call suffers.</summary>
public sealed record FaultDecision(FaultMode Mode, TimeSpan Latency);
