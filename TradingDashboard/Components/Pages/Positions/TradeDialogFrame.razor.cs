using Microsoft.AspNetCore.Components;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>The common frame of the trade dialogs: their text, figures, fields, errors and buttons share one style.</summary>
public sealed partial class TradeDialogFrame
{
    /// <summary>The dialog's <c>data-testid</c>.</summary>
    [Parameter, EditorRequired]
    public string TestId { get; set; } = default!;

    [Parameter]
    public RenderFragment? ChildContent { get; set; }
}
