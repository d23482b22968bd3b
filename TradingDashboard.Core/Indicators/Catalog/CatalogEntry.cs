namespace TradingDashboard.Core.Indicators.Catalog;

/// <summary>A definition and how to build its streaming form from resolved parameters.</summary>
internal sealed record CatalogEntry(IndicatorDefinition Definition, Func<ResolvedParameters, IStreamingLines> Create);
