namespace TradingDashboard.Core.Indicators.Wma;

/// <summary>Linearly weighted moving average of closes at one bar; <see langword="null"/> during warm-up (the first period − 1 bars).</summary>
public readonly record struct WmaResult(DateTimeOffset Time, double? Wma);
