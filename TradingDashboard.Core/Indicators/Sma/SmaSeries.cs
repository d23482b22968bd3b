namespace TradingDashboard.Core.Indicators.Sma;

/// <summary>Simple moving average of closes.</summary>
public static class SmaSeries
{
    /// <exception cref="ArgumentOutOfRangeException">The period is outside 1..10 000.</exception>
    public static void Validate(int period) => Streaming.ParameterRange.Period(period, nameof(period));

    /// <summary>One result per bar, computed by <see cref="SmaIndicator"/>.</summary>
    public static IReadOnlyList<SmaResult> Calculate(IReadOnlyList<OhlcvBar> bars, int period = 20) =>
        new SmaIndicator(period).AddRange(bars);
}
