namespace TradingDashboard.Components.Shared.Chart;

/// <summary>An indicator a user put on their chart: the catalog kind and its parameters, as persisted in their preferences.</summary>
public sealed record ChartIndicatorSetting(string Kind, IReadOnlyDictionary<string, double> Parameters);
