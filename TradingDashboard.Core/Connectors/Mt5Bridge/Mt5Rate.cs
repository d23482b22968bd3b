namespace TradingDashboard.Core.Connectors.Mt5Bridge;

/// <summary>One bar of <c>GET /api/mt5/rates/{login}</c>: MT5 <c>copy_rates</c> fields plus <c>complete</c>.</summary>
internal sealed record Mt5Rate(long Time, decimal Open, decimal High, decimal Low, decimal Close, long TickVolume, int Spread, long RealVolume, bool? Complete);
