using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.History;

/// <summary>One trade in the history, with its lineage and the orders (steps) that shaped it, oldest first.</summary>
public sealed record TradeHistoryRow(
    Guid TradeId,
    Guid AccountId,
    string AccountName,
    long PositionTicket,
    string Symbol,
    PositionSide Direction,
    TradeStatus Status,
    decimal OpenVolume,
    decimal RemainingVolume,
    decimal OpenPrice,
    decimal? ClosePrice,
    decimal? StopLoss,
    decimal? TakeProfit,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    decimal RealizedProfit,
    decimal Swap,
    decimal Commission,
    CloseReason? CloseReason,
    TradeSource Source,
    Guid? LiveRunId,
    string? BotVersion,
    string? CorrelationId,
    string? IdempotencyKey,
    IReadOnlyList<TradeStep> Steps);
