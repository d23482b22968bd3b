namespace TradingDashboard.Core.Indicators.Donchian;

/// <summary>
/// Donchian channels, TradingView's convention: the window ends at (and includes) the current bar, so a breakout bar
/// pushes the band it breaks. (Skender's library excludes the current bar; shift by one bar to compare.)
/// </summary>
public static class DonchianSeries
{
    /// <exception cref="ArgumentOutOfRangeException">The period is outside 1..10 000.</exception>
    public static void Validate(int period) => Streaming.ParameterRange.Period(period, nameof(period));

    /// <summary>One result per bar, computed by <see cref="DonchianIndicator"/>.</summary>
    public static IReadOnlyList<DonchianResult> Calculate(IReadOnlyList<OhlcvBar> bars, int period = 20) =>
        new DonchianIndicator(period).AddRange(bars);
}
