namespace TradingDashboard.Components.Shared.Chart;

/// <summary>An indicator to draw and its values over the chart's bars, one array per line aligned with the bars (null during warm-up).</summary>
public sealed record ChartIndicatorData(string Id, ChartSeriesSpec Spec, IReadOnlyList<double?[]> Values);
