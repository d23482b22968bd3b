using Microsoft.AspNetCore.Components;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>What became of the ticket's order: filled, placed, verifying, or why not, with the broker's code.</summary>
public sealed partial class TicketBanner
{
    /// <summary>Nothing is rendered while null.</summary>
    [Parameter]
    public TicketResult? Result { get; set; }

    [Parameter]
    public string TestId { get; set; } = "ticket-banner";

    private static string KindClass(TicketResultKind kind) => kind switch
    {
        TicketResultKind.Filled or TicketResultKind.Placed => "good",
        TicketResultKind.Verifying => "pending",
        _ => "bad",
    };

    private static string Icon(TicketResultKind kind) => kind switch
    {
        TicketResultKind.Filled or TicketResultKind.Placed => "check_circle",
        TicketResultKind.Refused => "block",
        _ => "error",
    };
}
