namespace TradingDashboard.Core.Trading;

/// <summary>Delete a pending order.</summary>
public sealed record CancelIntent(Guid AccountId, long OrderTicket, string IdempotencyKey, TradeLineage Lineage);
