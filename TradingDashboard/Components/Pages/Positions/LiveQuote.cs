namespace TradingDashboard.Components.Pages.Positions;

/// <summary>The latest bid/ask of a symbol and when the dashboard received it.</summary>
public sealed record LiveQuote(string Symbol, decimal Bid, decimal Ask, DateTimeOffset ReceivedAt);
