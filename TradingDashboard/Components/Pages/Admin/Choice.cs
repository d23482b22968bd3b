namespace TradingDashboard.Components.Pages.Admin;

/// <summary>One option of a drop-down: the bound value and the text shown.</summary>
public sealed record Choice<T>(T Value, string Text);
