namespace TradingDashboard.Core.Indicators.Atr;

/// <summary>Average true range: Wilder's average of max(high − low, |high − previous close|, |low − previous close|).</summary>
public static class AtrSeries
{
    /// <exception cref="ArgumentOutOfRangeException">The period is outside 1..10 000.</exception>
    public static void Validate(int period) => Streaming.ParameterRange.Period(period, nameof(period));

    /// <summary>One result per bar, computed by <see cref="AtrIndicator"/>.</summary>
    public static IReadOnlyList<AtrResult> Calculate(IReadOnlyList<OhlcvBar> bars, int period = 14) =>
        new AtrIndicator(period).AddRange(bars);
}
