namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>One bar as MT5's <c>copy_rates_*</c> returns it (bid prices, <c>time</c> = bar open in unix seconds), plus <c>complete</c>.</summary>
/// <param name="Complete">False only for the bar still forming (always the last one).</param>
public sealed record BridgeRate(long Time, decimal Open, decimal High, decimal Low, decimal Close, long TickVolume, int Spread, long RealVolume, bool Complete);
