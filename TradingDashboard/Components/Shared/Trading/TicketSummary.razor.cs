using Microsoft.AspNetCore.Components;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>The confirmation step: exactly what will be sent (side, volume, symbol, price, SL/TP, TP1) and what it risks.</summary>
public sealed partial class TicketSummary
{
    /// <summary>The ticket as frozen when the trader asked to review it: this is what Confirm sends.</summary>
    [Parameter, EditorRequired]
    public TicketEvaluation Evaluation { get; set; } = default!;

    [Parameter]
    public string Currency { get; set; } = "";
}
