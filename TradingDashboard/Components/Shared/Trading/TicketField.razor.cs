using Microsoft.AspNetCore.Components;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>One labelled ticket input with its hint and, when the value is wrong, the error under it.</summary>
public sealed partial class TicketField
{
    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    /// <summary>The id of the input inside, for the label.</summary>
    [Parameter, EditorRequired]
    public string InputId { get; set; } = "";

    /// <summary>Shown under the input while the value is wrong; the input gets a red border.</summary>
    [Parameter]
    public string? Error { get; set; }

    [Parameter]
    public string? ErrorTestId { get; set; }

    /// <summary>Shown under the input (limits, the value in the other unit).</summary>
    [Parameter]
    public string? Hint { get; set; }

    [Parameter]
    public RenderFragment? ChildContent { get; set; }
}
