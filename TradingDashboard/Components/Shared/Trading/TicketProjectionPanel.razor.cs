using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>A ticket's projection as it stands: loss at SL, profit at TP (each also as % of balance), R:R, the spread paid at a market fill, TP1's partial profit.</summary>
public sealed partial class TicketProjectionPanel
{
    [Parameter, EditorRequired]
    public TicketEvaluation Evaluation { get; set; } = default!;

    /// <summary>The account currency.</summary>
    [Parameter]
    public string Currency { get; set; } = "";

    /// <summary>The broker's balance; null hides the percentages.</summary>
    [Parameter]
    public decimal? Balance { get; set; }

    private string ShareOfBalance(decimal amount) =>
        Balance is { } balance and > 0m ? string.Create(CultureInfo.InvariantCulture, $" · {amount / balance * 100m:0.00} %") : string.Empty;
}
