namespace TradingDashboard.Core.Trading;

/// <summary>Set a position's SL/TP; null removes a level.</summary>
public sealed record ModifyIntent(Guid AccountId, long PositionTicket, decimal? StopLoss, decimal? TakeProfit, string IdempotencyKey, TradeLineage Lineage);
