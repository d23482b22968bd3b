using Microsoft.AspNetCore.Components.Forms;

namespace TradingDashboard.Components.Pages.Admin;

/// <summary>Puts a service's field errors (keyed by the form model's property names) on the form's fields.</summary>
public static class FormErrors
{
    /// <returns>The errors that name no field of the model (the empty key included), joined; <see langword="null"/> when none.</returns>
    public static string? Apply(EditContext editContext, ValidationMessageStore store, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(editContext);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(errors);
        var fields = editContext.Model.GetType().GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var formErrors = new List<string>();
        foreach (var (field, message) in errors)
        {
            if (fields.Contains(field))
            {
                store.Add(editContext.Field(field), message);
            }
            else
            {
                formErrors.Add(message);
            }
        }

        editContext.NotifyValidationStateChanged();
        return formErrors.Count == 0 ? null : string.Join(" ", formErrors);
    }
}
