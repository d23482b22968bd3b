namespace TradingDashboard.Core.Indicators.Ema;

/// <summary>Exponential moving average of closes at one bar; <see langword="null"/> during warm-up (the first period − 1 bars).</summary>
public readonly record struct EmaResult(DateTimeOffset Time, double? Ema);
