namespace TradingDashboard.Core.Trading.Reconciliation;

/// <summary>What the broker's positions, orders and deals prove about an order whose answer was lost.</summary>
/// <param name="Status">Done or Placed when found; NotExecuted when the broker's state rules it out.</param>
/// <param name="ExecutedAt">When the broker executed it (deal or position time), if known.</param>
/// <param name="Reason">Why it cannot have executed (NotExecuted only).</param>
internal sealed record BrokerTrace(
    OrderStatus Status,
    long? PositionTicket = null,
    long? OrderTicket = null,
    long? DealTicket = null,
    decimal? Price = null,
    decimal? Volume = null,
    DateTimeOffset? ExecutedAt = null,
    string? Reason = null);
