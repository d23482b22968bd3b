using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.Bollinger;

/// <summary>Bollinger Bands of closes with the population standard deviation.</summary>
public static class BollingerSeries
{
    /// <exception cref="ArgumentOutOfRangeException">The period is outside 2..10 000 or the multiplier outside 0.01..100.</exception>
    public static void Validate(int period, double multiplier)
    {
        ParameterRange.Period(period, nameof(period), minimum: 2);
        ParameterRange.Within(multiplier, nameof(multiplier), 0.01, 100);
    }

    /// <summary>One result per bar, computed by <see cref="BollingerIndicator"/>.</summary>
    public static IReadOnlyList<BollingerResult> Calculate(IReadOnlyList<OhlcvBar> bars, int period = 20, double multiplier = 2) =>
        new BollingerIndicator(period, multiplier).AddRange(bars);
}
