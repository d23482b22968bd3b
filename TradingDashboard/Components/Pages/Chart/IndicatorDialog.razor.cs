using System.Globalization;
using Microsoft.AspNetCore.Components;
using Radzen;
using TradingDashboard.Components.Shared.Chart;
using TradingDashboard.Core.Indicators.Catalog;

namespace TradingDashboard.Components.Pages.Chart;

/// <summary>
/// The parameters of one indicator, as a form generated from its catalog definition. Closes with
/// the <see cref="ChartIndicatorSetting"/> once every field is in range and the catalog accepts
/// the combination; out-of-range values get an error under their field.
/// </summary>
public sealed partial class IndicatorDialog
{
    private readonly Dictionary<string, double?> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private string? _error;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Parameter, EditorRequired]
    public IndicatorDefinition Definition { get; set; } = default!;

    /// <summary>The current values when re-configuring; defaults when absent.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, double>? Initial { get; set; }

    /// <summary>Adding (button "Add") rather than re-configuring ("Apply").</summary>
    [Parameter]
    public bool IsNew { get; set; }

    /// <summary>The field errors for <paramref name="values"/>; empty when each is present, in range and whole where it must be.</summary>
    public static Dictionary<string, string> Validate(IndicatorDefinition definition, IReadOnlyDictionary<string, double?> values)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(values);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in definition.Parameters)
        {
            var value = values.GetValueOrDefault(parameter.Name);
            if (value is not { } v || !double.IsFinite(v))
            {
                errors[parameter.Name] = "Enter a number.";
            }
            else if (v < parameter.Min || v > parameter.Max)
            {
                errors[parameter.Name] = $"Must be {Range(parameter)}.";
            }
            else if (parameter.IsInteger && v != Math.Floor(v))
            {
                errors[parameter.Name] = "Must be a whole number.";
            }
        }

        return errors;
    }

    protected override void OnParametersSet()
    {
        _values.Clear();
        foreach (var parameter in Definition.Parameters)
        {
            _values[parameter.Name] = Initial is not null && Initial.TryGetValue(parameter.Name, out var v) ? v : parameter.Default;
        }
    }

    private static string Range(IndicatorParameter parameter) => string.Create(
        CultureInfo.InvariantCulture, $"between {parameter.Min:0.####} and {parameter.Max:0.####}");

    private void Save()
    {
        _error = null;
        _errors.Clear();
        foreach (var (name, message) in Validate(Definition, _values))
        {
            _errors[name] = message;
        }

        if (_errors.Count > 0)
        {
            return;
        }

        var parameters = _values.ToDictionary(p => p.Key, p => p.Value!.Value, StringComparer.Ordinal);
        try
        {
            // The catalog has the last word (e.g. cross-field rules); its message is written for users.
            IndicatorCatalog.Create(Definition.Kind, parameters);
        }
        catch (ArgumentException ex)
        {
            _error = ex.Message;
            return;
        }

        Dialogs.Close(new ChartIndicatorSetting(Definition.Kind, parameters));
    }

    private void Cancel() => Dialogs.Close(null);
}
