namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>Whether an account's simulated terminal is connected.</summary>
public sealed record TerminalState(string Login, Guid? InternalAccountId, bool Connected);
