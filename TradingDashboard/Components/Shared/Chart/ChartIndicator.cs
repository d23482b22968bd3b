using TradingDashboard.Core.Indicators;
using TradingDashboard.Core.Indicators.Catalog;

namespace TradingDashboard.Components.Shared.Chart;

/// <summary>
/// One indicator on a chart: its setting and the streaming instance fed with the chart's bars.
/// <see cref="Replay"/> starts over on a new series (symbol or timeframe); <see cref="Next"/>
/// takes each live bar, the same time again revising the forming bar.
/// </summary>
public sealed class ChartIndicator
{
    private IStreamingLines _lines;

    private ChartIndicator(string id, ChartIndicatorSetting setting, IStreamingLines lines)
    {
        Id = id;
        Setting = setting;
        _lines = lines;
    }

    /// <summary>Unique on the chart; names the indicator's series in <c>chart.js</c>.</summary>
    public string Id { get; }

    public ChartIndicatorSetting Setting { get; }

    public IndicatorDefinition Definition => _lines.Definition;

    public string Label => IndicatorStyles.Label(Definition, Setting.Parameters);

    /// <exception cref="ArgumentException">Unknown kind, or parameters the catalog rejects (message safe to show).</exception>
    public static ChartIndicator Create(string id, ChartIndicatorSetting setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return new ChartIndicator(id, setting, IndicatorCatalog.Create(setting.Kind, setting.Parameters));
    }

    /// <summary>Starts over and computes every bar; one array per line, aligned with <paramref name="bars"/>.</summary>
    public double?[][] Replay(IReadOnlyList<OhlcvBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        _lines = IndicatorCatalog.Create(Setting.Kind, Setting.Parameters);
        var values = Definition.Lines.Select(_ => new double?[bars.Count]).ToArray();
        for (var i = 0; i < bars.Count; i++)
        {
            var point = _lines.Next(bars[i]);
            for (var line = 0; line < values.Length; line++)
            {
                values[line][i] = Finite(point[line]);
            }
        }

        return values;
    }

    public double?[] Next(in OhlcvBar bar) => [.. _lines.Next(bar).Select(Finite)];

    public ChartIndicatorData ToData(double?[][] values, int symbolDigits) =>
        new(Id, IndicatorStyles.Spec(Definition, Setting.Parameters, symbolDigits), values);

    // JSON has no NaN or infinity; the chart shows a gap instead.
    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
