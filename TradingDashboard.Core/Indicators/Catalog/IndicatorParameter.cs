namespace TradingDashboard.Core.Indicators.Catalog;

/// <summary>One configurable parameter: drives the configuration form and is validated on create.</summary>
/// <param name="Name">Key in the parameter dictionary, e.g. <c>period</c>.</param>
/// <param name="IsInteger">Periods are whole numbers; multipliers (Bollinger's k) are not.</param>
public sealed record IndicatorParameter(string Name, string Label, double Default, double Min, double Max, double Step, bool IsInteger);
