namespace TradingDashboard.Core.Indicators.Donchian;

/// <summary>
/// Donchian channel at one bar, the bar itself included: <see cref="Upper"/> = highest high and <see cref="Lower"/> = lowest
/// low of the last period bars, <see cref="Center"/> their midpoint, <see cref="Width"/> = (upper − lower) / center.
/// Null during warm-up (the first period − 1 bars).
/// </summary>
public readonly record struct DonchianResult(DateTimeOffset Time, double? Upper, double? Center, double? Lower, double? Width);
