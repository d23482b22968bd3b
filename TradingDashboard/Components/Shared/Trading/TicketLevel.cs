namespace TradingDashboard.Components.Shared.Trading;

/// <summary>A price level of the ticket (SL, TP, TP1) and its distance from the entry in pips: the ticket shows both.</summary>
public sealed record TicketLevel(decimal Price, decimal Pips);
