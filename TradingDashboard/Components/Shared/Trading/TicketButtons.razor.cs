using Microsoft.AspNetCore.Components;
using Radzen;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>Sell and Buy buttons that open the trade ticket for one account's symbol with that side chosen.</summary>
public sealed partial class TicketButtons
{
    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    /// <summary>The symbol in the broker's casing; the buttons are disabled while it is empty.</summary>
    [Parameter, EditorRequired]
    public string? Symbol { get; set; }

    /// <summary>Small buttons for a table row (market watch) rather than a toolbar.</summary>
    [Parameter]
    public bool Compact { get; set; }

    private void Open(PositionSide side)
    {
        if (!string.IsNullOrEmpty(Symbol))
        {
            TradeTicketDialog.Open(Dialogs, new TicketRequest(AccountId, Symbol, side));
        }
    }
}
