using Microsoft.AspNetCore.Components;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>Confirms and sends a full close at the market; closes with the <see cref="OrderOutcome"/>.</summary>
public sealed partial class ClosePositionDialog
{
    /// <summary>The position to close.</summary>
    [Parameter, EditorRequired]
    public PositionLine Line { get; set; } = default!;

    /// <summary>The symbol's digits.</summary>
    [Parameter]
    public int Digits { get; set; }

    /// <summary>The account currency, for the P/L.</summary>
    [Parameter, EditorRequired]
    public string Currency { get; set; } = default!;

    private Task SubmitAsync() => SubmitAsync(
        "Close",
        () => Trading.ClosePositionAsync(User, new CloseIntent(AccountId, Line.Ticket, null, Key, CloseReason.Manual, Lineage), CancellationToken.None),
        Refused);
}
