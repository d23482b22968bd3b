namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>Names an account by its internal UUID (preferred) or its broker login.</summary>
public sealed record AccountRequest(Guid? InternalAccountId, string? Login);
