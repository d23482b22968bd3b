namespace TradingDashboard.Core.Indicators.Catalog;

/// <summary>One output line of an indicator, e.g. MACD's <c>macd</c>, <c>signal</c>, <c>histogram</c>.</summary>
/// <param name="IsHistogram">Drawn as columns rather than a line.</param>
public sealed record IndicatorLine(string Name, string Label, bool IsHistogram = false);
