namespace TradingDashboard.Core.Indicators.Catalog;

/// <summary>What the catalog knows about one indicator kind: its parameters (with defaults and bounds) and its lines.</summary>
/// <param name="Kind">Stable id stored in user preferences, e.g. <c>SMA</c>, <c>MACD</c>.</param>
public sealed record IndicatorDefinition(
    string Kind,
    string Name,
    IndicatorPane Pane,
    IReadOnlyList<IndicatorParameter> Parameters,
    IReadOnlyList<IndicatorLine> Lines);
