namespace TradingDashboard.Core.Indicators.Atr;

/// <summary>
/// True range and Wilder's average true range at one bar. <see cref="TrueRange"/> needs the previous close
/// (null on the first bar); <see cref="Atr"/> is null during warm-up (the first period bars).
/// </summary>
public readonly record struct AtrResult(DateTimeOffset Time, double? TrueRange, double? Atr);
