namespace TradingDashboard.Core.Indicators.ParabolicSar;

/// <summary>
/// Parabolic SAR at one bar and whether the trend reversed on it. Null up to and including the first reversal: the trend
/// before it is an assumption (rising from the first bar's low), not a reading of the market.
/// </summary>
public readonly record struct ParabolicSarResult(DateTimeOffset Time, double? Sar, bool? IsReversal);
