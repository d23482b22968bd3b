namespace TradingDashboard.Core.Indicators.Catalog;

/// <summary>Where a chart draws an indicator: over the candles, or in a pane of its own below.</summary>
public enum IndicatorPane
{
    Price,
    Separate,
}
