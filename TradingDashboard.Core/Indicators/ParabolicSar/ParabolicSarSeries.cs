using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.ParabolicSar;

/// <summary>
/// Wilder's Parabolic SAR (stop and reverse): SAR += AF·(EP − SAR), AF starting at <c>step</c> and growing by it on every
/// new extreme point up to <c>maxFactor</c>; the SAR never enters the previous two bars' range; when price crosses
/// it the trend flips, the SAR jumps to the old extreme point and AF resets. Skender's conventions: the first bar
/// seeds a guessed rising trend (SAR = its low, EP = its high), the second bar is not clamped to earlier lows, and
/// values are null up to and including the first reversal. Matches the values that library publishes for
/// default.csv (e.g. 229.7662 at bar 501).
/// </summary>
public static class ParabolicSarSeries
{
    /// <exception cref="ArgumentOutOfRangeException">The step is outside 0.001..1 or the maximum factor outside step..1.</exception>
    public static void Validate(double step, double maxFactor)
    {
        ParameterRange.Within(step, nameof(step), 0.001, 1);
        ParameterRange.Within(maxFactor, nameof(maxFactor), step, 1);
    }

    /// <summary>One result per bar, computed by <see cref="ParabolicSarIndicator"/>.</summary>
    public static IReadOnlyList<ParabolicSarResult> Calculate(IReadOnlyList<OhlcvBar> bars, double step = 0.02, double maxFactor = 0.2) =>
        new ParabolicSarIndicator(step, maxFactor).AddRange(bars);
}
