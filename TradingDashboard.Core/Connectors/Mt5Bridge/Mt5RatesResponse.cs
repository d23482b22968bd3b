namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary><c>GET /api/mt5/rates/{login}?symbol=&amp;timeframe=&amp;count=</c>: bars oldest first, the forming one last.</summary>
internal sealed record Mt5RatesResponse(string? Symbol, string? Timeframe, int? Digits, IReadOnlyList<Mt5Rate>? Rates);
