namespace TradingDashboard.Components.Pages.Admin.Accounts;

/// <summary>One line of a connection test: what the bridge said, what the registry has (when compared), and whether they differ.</summary>
public sealed record ConnectionTestRow(string Key, string Label, string? Bridge, string? Registry, bool Mismatch);
