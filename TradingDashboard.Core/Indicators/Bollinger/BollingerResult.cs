namespace TradingDashboard.Core.Indicators.Bollinger;

/// <summary>
/// Bollinger Bands at one bar (all <see langword="null"/> during warm-up, the first period − 1 bars):
/// middle = SMA, upper/lower = middle ± k·σ (population σ), <see cref="PercentB"/> = (close − lower) / (upper − lower),
/// <see cref="Width"/> = (upper − lower) / middle.
/// </summary>
public readonly record struct BollingerResult(DateTimeOffset Time, double? Middle, double? Upper, double? Lower, double? PercentB, double? Width);
