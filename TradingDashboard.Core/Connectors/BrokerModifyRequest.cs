namespace TradingDashboard.Core.Connectors;

/// <summary>Sets a position's SL/TP. Null removes the level (MT5: 0).</summary>
public sealed record BrokerModifyRequest(long PositionTicket, decimal? StopLoss, decimal? TakeProfit);
