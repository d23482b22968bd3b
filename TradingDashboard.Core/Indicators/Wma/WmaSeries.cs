namespace TradingDashboard.Core.Indicators.Wma;

/// <summary>Weighted moving average of closes: weights 1 (oldest) … period (newest), divided by period·(period + 1) / 2.</summary>
public static class WmaSeries
{
    /// <exception cref="ArgumentOutOfRangeException">The period is outside 1..10 000.</exception>
    public static void Validate(int period) => Streaming.ParameterRange.Period(period, nameof(period));

    /// <summary>One result per bar, computed by <see cref="WmaIndicator"/>.</summary>
    public static IReadOnlyList<WmaResult> Calculate(IReadOnlyList<OhlcvBar> bars, int period = 20) =>
        new WmaIndicator(period).AddRange(bars);
}
