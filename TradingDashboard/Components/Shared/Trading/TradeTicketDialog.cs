using Radzen;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>
/// Opens the trade ticket as a panel on the right, without a mask, so the chart or the market
/// watch stays visible and live beside it (TradingView's order panel). Opening another replaces it.
/// </summary>
public static class TradeTicketDialog
{
    public const string Width = "400px";

    public static void Open(DialogService dialogs, TicketRequest request)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(request);
        var parameters = new Dictionary<string, object?>
        {
            [nameof(TradeTicket.AccountId)] = request.AccountId,
            [nameof(TradeTicket.Symbol)] = request.Symbol,
        };
        if (request.Side is { } side)
        {
            parameters[nameof(TradeTicket.Side)] = side;
        }

        dialogs.OpenSide<TradeTicket>(
            "New order",
            parameters,
            new SideDialogOptions
            {
                Position = DialogPosition.Right,
                ShowMask = false,
                CloseDialogOnOverlayClick = false,
                Width = Width,
                CssClass = "trade-ticket-panel",
                AutoFocusFirstElement = false,
            });
    }
}
