namespace TradingDashboard.Core.Indicators.Rsi;

/// <summary>Relative strength index (0..100) at one bar; <see langword="null"/> during warm-up (the first period bars).</summary>
public readonly record struct RsiResult(DateTimeOffset Time, double? Rsi);
