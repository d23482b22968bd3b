using Microsoft.AspNetCore.Components;
using TradingDashboard.Core.Audit;

namespace TradingDashboard.Components.Shared;

/// <summary>An audit entry's changes, one "field: from → to" line each.</summary>
public sealed partial class AuditChangeList
{
    [Parameter, EditorRequired]
    public IReadOnlyList<AuditChange> Changes { get; set; } = [];

    /// <summary>How a recorded value reads: empty is shown as a dash, not as nothing.</summary>
    public static string Value(string? value) => string.IsNullOrEmpty(value) ? "—" : value;
}
