using Microsoft.AspNetCore.Components;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>Confirms and deletes a pending order; closes with the <see cref="OrderOutcome"/>.</summary>
public sealed partial class CancelOrderDialog
{
    /// <summary>The pending order to delete.</summary>
    [Parameter, EditorRequired]
    public BrokerPendingOrder Order { get; set; } = default!;

    /// <summary>The symbol's digits.</summary>
    [Parameter]
    public int Digits { get; set; }

    private Task SubmitAsync() => SubmitAsync(
        "Cancel",
        () => Trading.CancelOrderAsync(User, new CancelIntent(AccountId, Order.Ticket, Key, Lineage), CancellationToken.None),
        Refused);
}
