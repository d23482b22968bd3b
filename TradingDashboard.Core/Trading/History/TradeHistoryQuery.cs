using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.History;

/// <summary>Filters for the trade history; all optional. Times are UTC, <see cref="To"/> exclusive.</summary>
public sealed record TradeHistoryQuery(
    Guid? AccountId = null,
    string? Symbol = null,
    TradeSource? Source = null,
    TradeStatus? Status = null,
    CloseReason? CloseReason = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Skip = 0,
    int Take = 50);
