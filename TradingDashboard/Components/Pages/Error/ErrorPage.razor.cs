using System.Diagnostics;
using Microsoft.AspNetCore.Components;

namespace TradingDashboard.Components.Pages.Error;

/// <summary>Target of the exception handler outside Development; rendered statically, without a circuit.</summary>
public sealed partial class ErrorPage
{
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private string? RequestId { get; set; }

    protected override void OnInitialized() => RequestId = Activity.Current?.Id ?? HttpContext?.TraceIdentifier;
}
