namespace TradingDashboard.Core.Indicators.Rsi;

/// <summary>
/// Wilder's RSI: gains and losses of close-to-close changes, each smoothed with Wilder's average
/// (seeded with the simple average of the first period changes); 100 when there are no losses.
/// </summary>
public static class RsiSeries
{
    /// <exception cref="ArgumentOutOfRangeException">The period is outside 1..10 000.</exception>
    public static void Validate(int period) => Streaming.ParameterRange.Period(period, nameof(period));

    /// <summary>One result per bar, computed by <see cref="RsiIndicator"/>.</summary>
    public static IReadOnlyList<RsiResult> Calculate(IReadOnlyList<OhlcvBar> bars, int period = 14) =>
        new RsiIndicator(period).AddRange(bars);
}
