namespace TradingDashboard.Components.Pages.History;

/// <summary>One choice of a filter drop-down: the value filtered on and the text shown.</summary>
public sealed record FilterOption<T>(T Value, string Text);
