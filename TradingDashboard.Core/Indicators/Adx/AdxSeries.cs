namespace TradingDashboard.Core.Indicators.Adx;

/// <summary>
/// Average directional index. +DM/−DM/TR are Wilder-smoothed (SMA-seeded; the ratio equals Wilder's running sums);
/// DI = 100·DM / TR (0 when TR is 0), DX = 100·|+DI − −DI| / (+DI + −DI) (0 when both are 0).
/// </summary>
public static class AdxSeries
{
    /// <exception cref="ArgumentOutOfRangeException">The period is outside 2..10 000.</exception>
    public static void Validate(int period) => Streaming.ParameterRange.Period(period, nameof(period), minimum: 2);

    /// <summary>One result per bar, computed by <see cref="AdxIndicator"/>.</summary>
    public static IReadOnlyList<AdxResult> Calculate(IReadOnlyList<OhlcvBar> bars, int period = 14) =>
        new AdxIndicator(period).AddRange(bars);
}
