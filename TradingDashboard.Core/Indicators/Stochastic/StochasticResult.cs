namespace TradingDashboard.Core.Indicators.Stochastic;

/// <summary>
/// Slow stochastic at one bar: <see cref="K"/> = SMA(smooth) of the raw %K, 100·(close − lowest low) / (highest high − lowest low)
/// over period bars (0 when that range is 0); <see cref="D"/> = SMA(signal) of %K. Null during warm-up.
/// </summary>
public readonly record struct StochasticResult(DateTimeOffset Time, double? K, double? D);
