namespace TradingDashboard.Components.Shared;

/// <summary>Audit actions as sentences: <c>account.access_granted</c> reads "Access granted".</summary>
public static class AuditText
{
    public static string Action(string action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var verb = action[(action.IndexOf('.', StringComparison.Ordinal) + 1)..].Replace('_', ' ').Replace('.', ' ');
        return verb.Length == 0 ? action : char.ToUpperInvariant(verb[0]) + verb[1..];
    }
}
