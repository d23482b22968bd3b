namespace TradingDashboard.Components.Shared.Chart;

/// <summary>An open position drawn on the chart: entry, SL and TP lines, and an arrow on its entry bar.</summary>
/// <param name="Side"><c>Buy</c> or <c>Sell</c>.</param>
/// <param name="BarTime">Open time (unix s) of the bar the position was opened in, for the marker.</param>
public sealed record ChartPosition(long Ticket, string Side, decimal Volume, decimal Entry, decimal? StopLoss, decimal? TakeProfit, long? BarTime);
