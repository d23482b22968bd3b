namespace TradingDashboard.Core.Simulation.Bridge.Faults;

/// <summary><c>POST /mt5/simulator/faults</c>, and its answer: the fault now in force.</summary>
/// <param name="Mode"><c>none</c>, <c>error</c>, <c>latency</c> or <c>accept_then_timeout</c> (<see cref="FaultModes"/>).</param>
/// <param name="Login">Only this account (login or internal UUID); absent for every account.</param>
/// <param name="LatencyMs">The delay of <c>latency</c> and <c>accept_then_timeout</c>.</param>
/// <param name="Count">Calls still to affect; 0 = until reset.</param>
public sealed record FaultRequest(string? Mode, string? Login, int? LatencyMs, int? Count);
