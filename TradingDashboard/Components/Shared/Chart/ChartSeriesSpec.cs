namespace TradingDashboard.Components.Shared.Chart;

/// <summary>One indicator as the chart draws it: where, with what precision, which lines and guide levels.</summary>
/// <param name="Label">Legend title, e.g. <c>EMA 20</c> or <c>MACD 12 26 9</c>.</param>
/// <param name="Pane"><c>Price</c> (over the candles) or <c>Separate</c> (a pane of its own).</param>
/// <param name="PriceUnits">Values are prices (MACD, ATR, overlays): formatted with the symbol's digits.</param>
/// <param name="Levels">Dashed guide levels, e.g. RSI's 70 and 30.</param>
public sealed record ChartSeriesSpec(
    string Label,
    string Pane,
    int Digits,
    bool PriceUnits,
    IReadOnlyList<ChartLineSpec> Lines,
    IReadOnlyList<double> Levels);
