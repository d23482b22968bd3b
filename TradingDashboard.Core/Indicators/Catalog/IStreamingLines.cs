namespace TradingDashboard.Core.Indicators.Catalog;

/// <summary>
/// A configured indicator behind a uniform face for charts: one bar in, one value per line out
/// (<see langword="null"/> during warm-up). Backed by the indicator's own streaming form, so a
/// call is O(1); a bar with the last bar's time revises it instead of adding one.
/// </summary>
public interface IStreamingLines
{
    IndicatorDefinition Definition { get; }

    IReadOnlyDictionary<string, double> Parameters { get; }

    /// <summary>Values in the order of <see cref="IndicatorDefinition.Lines"/>.</summary>
    IReadOnlyList<double?> Next(in OhlcvBar bar);
}
