using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.Stochastic;

/// <summary>Stochastic oscillator (14, 3, 3 by default): %K smoothed by an SMA, %D its SMA.</summary>
public static class StochasticSeries
{
    /// <exception cref="ArgumentOutOfRangeException">A period is outside 1..10 000.</exception>
    public static void Validate(int period, int signalPeriod, int smoothPeriod)
    {
        ParameterRange.Period(period, nameof(period));
        ParameterRange.Period(signalPeriod, nameof(signalPeriod));
        ParameterRange.Period(smoothPeriod, nameof(smoothPeriod));
    }

    /// <summary>One result per bar, computed by <see cref="StochasticIndicator"/>.</summary>
    public static IReadOnlyList<StochasticResult> Calculate(IReadOnlyList<OhlcvBar> bars, int period = 14, int signalPeriod = 3, int smoothPeriod = 3) =>
        new StochasticIndicator(period, signalPeriod, smoothPeriod).AddRange(bars);
}
