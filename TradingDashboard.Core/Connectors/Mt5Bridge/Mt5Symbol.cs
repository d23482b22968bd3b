namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>The fields of an MT5 <c>symbol_info</c> record the dashboard reads.</summary>
internal sealed record Mt5Symbol(string? Name, string? Description, int? Digits);
