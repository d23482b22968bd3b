using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.Macd;

/// <summary>Moving average convergence/divergence of closes, all three averages SMA-seeded EMAs.</summary>
public static class MacdSeries
{
    /// <exception cref="ArgumentOutOfRangeException">A period is outside 1..10 000, or <paramref name="slowPeriod"/> is not above <paramref name="fastPeriod"/>.</exception>
    public static void Validate(int fastPeriod, int slowPeriod, int signalPeriod)
    {
        ParameterRange.Period(fastPeriod, nameof(fastPeriod));
        ParameterRange.Period(slowPeriod, nameof(slowPeriod), minimum: fastPeriod + 1);
        ParameterRange.Period(signalPeriod, nameof(signalPeriod));
    }

    /// <summary>One result per bar, computed by <see cref="MacdIndicator"/>.</summary>
    public static IReadOnlyList<MacdResult> Calculate(IReadOnlyList<OhlcvBar> bars, int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9) =>
        new MacdIndicator(fastPeriod, slowPeriod, signalPeriod).AddRange(bars);
}
