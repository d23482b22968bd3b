using System.Collections.ObjectModel;

namespace TradingDashboard.Core.Indicators.Catalog;

/// <summary>Every parameter of a definition with a checked value: the caller's, or the default.</summary>
internal sealed class ResolvedParameters
{
    private readonly Dictionary<string, double> _values;

    private ResolvedParameters(Dictionary<string, double> values) => _values = values;

    public IReadOnlyDictionary<string, double> Values => new ReadOnlyDictionary<string, double>(_values);

    public int Int(string name) => (int)_values[name];

    public double Real(string name) => _values[name];

    public static ResolvedParameters Resolve(IndicatorDefinition definition, IReadOnlyDictionary<string, double> given)
    {
        foreach (var name in given.Keys)
        {
            if (!definition.Parameters.Any(p => p.Name == name))
            {
                throw new ArgumentException(
                    $"{definition.Kind} has no parameter '{name}'; it takes {string.Join(", ", definition.Parameters.Select(p => p.Name))}.",
                    nameof(given));
            }
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var parameter in definition.Parameters)
        {
            var value = given.TryGetValue(parameter.Name, out var v) ? v : parameter.Default;
            if (!(value >= parameter.Min && value <= parameter.Max))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(given), value, $"{definition.Kind} {parameter.Name} must be between {parameter.Min} and {parameter.Max}, got {value}.");
            }

            if (parameter.IsInteger && value != Math.Floor(value))
            {
                throw new ArgumentException($"{definition.Kind} {parameter.Name} must be a whole number, got {value}.", nameof(given));
            }

            values[parameter.Name] = value;
        }

        return new ResolvedParameters(values);
    }
}
