namespace TradingDashboard.Components.Shared.Trading;

/// <summary>Where a ticket is: filling in, checking the summary, or showing what the broker did.</summary>
public enum TicketStep
{
    Edit,
    Review,
    Result,
}
