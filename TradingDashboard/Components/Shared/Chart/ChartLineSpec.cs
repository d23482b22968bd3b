namespace TradingDashboard.Components.Shared.Chart;

/// <summary>How the chart draws one indicator line (serialized to <c>chart.js</c>).</summary>
/// <param name="Name">The line's name in the catalog, e.g. <c>signal</c>; the legend's <c>data-field</c>.</param>
/// <param name="Style"><c>line</c>; <c>band</c> (an envelope: thin, no crosshair marker); <c>dots</c> (Parabolic SAR); <c>histogram</c> (columns coloured by sign).</param>
public sealed record ChartLineSpec(string Name, string Label, string Color, string Style, int Width);
