using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Trading;

/// <summary>Open a position (market) or place a pending order (limit/stop).</summary>
/// <param name="IdempotencyKey">Unique per intent: the UI makes one per ticket, a bot uses <c>{live_run}:{bar_time}:{n}</c>. Resubmitting it never sends a second order.</param>
/// <param name="Price">Pending orders only.</param>
/// <param name="Magic">MT5 <c>magic</c>: the live run's number; 0 for manual.</param>
public sealed record OpenOrderIntent(
    Guid AccountId,
    string Symbol,
    PositionSide Direction,
    OrderType Type,
    decimal Volume,
    decimal? Price,
    decimal? StopLoss,
    decimal? TakeProfit,
    string IdempotencyKey,
    TradeLineage Lineage,
    long Magic = 0,
    ProfitTarget? ProfitTarget = null);
