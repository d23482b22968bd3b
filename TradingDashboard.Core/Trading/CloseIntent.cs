namespace TradingDashboard.Core.Trading;

/// <summary>Close a position wholly (<see cref="Volume"/> null) or partly.</summary>
public sealed record CloseIntent(Guid AccountId, long PositionTicket, decimal? Volume, string IdempotencyKey, CloseReason Reason, TradeLineage Lineage);
