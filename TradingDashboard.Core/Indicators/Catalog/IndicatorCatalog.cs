namespace TradingDashboard.Core.Indicators.Catalog;

/// <summary>
/// The indicators a chart can offer, by kind: their definitions, and configured streaming instances.
/// Kinds are matched ignoring case; parameter names exactly.
/// </summary>
public static class IndicatorCatalog
{
    private static readonly Dictionary<string, CatalogEntry> Entries =
        CatalogEntries.All.ToDictionary(e => e.Definition.Kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every definition: overlays on the price pane first, then the separate panes.</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; } = [.. CatalogEntries.All.Select(e => e.Definition)];

    /// <exception cref="ArgumentException">The kind is unknown.</exception>
    public static IndicatorDefinition Get(string kind) => Find(kind).Definition;

    /// <summary>A streaming instance; parameters left out take their defaults.</summary>
    /// <exception cref="ArgumentException">The kind or a parameter name is unknown, or a value is out of range or not whole where it must be.</exception>
    public static IStreamingLines Create(string kind, IReadOnlyDictionary<string, double> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var entry = Find(kind);
        return entry.Create(ResolvedParameters.Resolve(entry.Definition, parameters));
    }

    private static CatalogEntry Find(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return Entries.TryGetValue(kind, out var entry)
            ? entry
            : throw new ArgumentException($"Unknown indicator kind '{kind}'; known kinds: {string.Join(", ", Entries.Keys)}.", nameof(kind));
    }
}
