namespace TradingDashboard.Core.Indicators.Ema;

/// <summary>Exponential moving average of closes, α = 2 / (period + 1), seeded with the SMA of the first period closes.</summary>
public static class EmaSeries
{
    /// <exception cref="ArgumentOutOfRangeException">The period is outside 1..10 000.</exception>
    public static void Validate(int period) => Streaming.ParameterRange.Period(period, nameof(period));

    /// <summary>One result per bar, computed by <see cref="EmaIndicator"/>.</summary>
    public static IReadOnlyList<EmaResult> Calculate(IReadOnlyList<OhlcvBar> bars, int period = 20) =>
        new EmaIndicator(period).AddRange(bars);
}
