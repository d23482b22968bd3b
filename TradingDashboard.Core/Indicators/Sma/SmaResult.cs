namespace TradingDashboard.Core.Indicators.Sma;

/// <summary>Simple moving average of closes at one bar; <see langword="null"/> during warm-up (the first period − 1 bars).</summary>
public readonly record struct SmaResult(DateTimeOffset Time, double? Sma);
