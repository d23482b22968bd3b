using System.Globalization;
using TradingDashboard.Core.Indicators.Catalog;

namespace TradingDashboard.Components.Shared.Chart;

/// <summary>
/// How each catalog indicator looks on the chart, in TradingView's default colours: overlays and
/// price-unit oscillators (MACD, ATR) take the symbol's digits, bounded oscillators two decimals
/// and dashed guide levels (RSI 70/30, Stochastic 80/20, ADX 25).
/// </summary>
public static class IndicatorStyles
{
    private static readonly string[] Palette = ["#2962ff", "#ff6d00", "#26a69a", "#e040fb", "#f5c542"];

    private static readonly Dictionary<string, string> KindColors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SMA"] = "#f5c542",
        ["EMA"] = "#2962ff",
        ["WMA"] = "#e040fb",
        ["RSI"] = "#7e57c2",
        ["ATR"] = "#f23645",
        ["ADX"] = "#f5c542",
    };

    /// <summary>The legend label, e.g. <c>EMA 20</c>, <c>BB 20 2</c>.</summary>
    public static string Label(IndicatorDefinition definition, IReadOnlyDictionary<string, double> parameters)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parameters);
        var values = definition.Parameters.Select(p => parameters.TryGetValue(p.Name, out var v) ? v : p.Default);
        return string.Join(' ', [definition.Kind, .. values.Select(v => v.ToString("0.####", CultureInfo.InvariantCulture))]);
    }

    public static ChartSeriesSpec Spec(IndicatorDefinition definition, IReadOnlyDictionary<string, double> parameters, int symbolDigits)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var onPrice = definition.Pane == IndicatorPane.Price;
        var priceUnits = onPrice || IsKind(definition, "MACD") || IsKind(definition, "ATR");
        var lines = definition.Lines.Select((line, i) => Line(definition, line, i)).ToList();
        return new ChartSeriesSpec(
            Label(definition, parameters),
            onPrice ? nameof(IndicatorPane.Price) : nameof(IndicatorPane.Separate),
            priceUnits ? symbolDigits : 2,
            priceUnits,
            lines,
            Levels(definition));
    }

    private static ChartLineSpec Line(IndicatorDefinition definition, IndicatorLine line, int index)
    {
        var name = line.Name;
        if (line.IsHistogram)
        {
            return new ChartLineSpec(name, line.Label, "#26a69a", "histogram", 1);
        }

        if (definition.Kind.Contains("SAR", StringComparison.OrdinalIgnoreCase))
        {
            return new ChartLineSpec(name, line.Label, "#2962ff", "dots", 1);
        }

        if (Has(name, "upper") || Has(name, "lower"))
        {
            return new ChartLineSpec(name, line.Label, "#00bcd4", "band", 1);
        }

        if (Has(name, "middle") || Has(name, "center") || Has(name, "basis"))
        {
            return new ChartLineSpec(name, line.Label, "#ff6d00", "line", 1);
        }

        if (Has(name, "plus") || name.Contains('+', StringComparison.Ordinal))
        {
            return new ChartLineSpec(name, line.Label, "#26a69a", "line", 1);
        }

        if (Has(name, "minus") || name.Contains('-', StringComparison.Ordinal))
        {
            return new ChartLineSpec(name, line.Label, "#ef5350", "line", 1);
        }

        var color = index == 0 && KindColors.TryGetValue(definition.Kind, out var kindColor) ? kindColor : Palette[index % Palette.Length];
        return new ChartLineSpec(name, line.Label, color, "line", index == 0 ? 2 : 1);
    }

    private static double[] Levels(IndicatorDefinition definition) =>
        definition.Kind.ToUpperInvariant() switch
        {
            "RSI" => [70, 30],
            "STOCH" or "STOCHASTIC" => [80, 20],
            "ADX" => [25],
            _ => [],
        };

    private static bool IsKind(IndicatorDefinition definition, string kind) =>
        string.Equals(definition.Kind, kind, StringComparison.OrdinalIgnoreCase);

    private static bool Has(string name, string part) => name.Contains(part, StringComparison.OrdinalIgnoreCase);
}
