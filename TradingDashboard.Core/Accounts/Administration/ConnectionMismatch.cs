namespace TradingDashboard.Core.Accounts.Administration;

/// <summary>A field where the bridge disagrees with the registry (compared case-insensitively, trimmed).</summary>
public sealed record ConnectionMismatch(string Field, string? Registry, string? Bridge);
