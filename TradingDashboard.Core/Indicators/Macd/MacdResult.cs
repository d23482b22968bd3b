namespace TradingDashboard.Core.Indicators.Macd;

/// <summary>
/// MACD at one bar: <see cref="Macd"/> = fast EMA − slow EMA (from bar slow − 1), <see cref="Signal"/> = EMA of
/// the MACD line (from bar slow + signal − 2), <see cref="Histogram"/> = MACD − signal.
/// </summary>
public readonly record struct MacdResult(DateTimeOffset Time, double? Macd, double? Signal, double? Histogram);
