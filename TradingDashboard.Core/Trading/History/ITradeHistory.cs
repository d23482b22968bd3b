using TradingDashboard.Core.Access;

namespace TradingDashboard.Core.Trading.History;

/// <summary>
/// The dashboard's books: trades with lineage, close reasons and their steps. Only accounts the
/// user can access are returned; naming another account in the query is refused
/// (<see cref="AccessDeniedException"/>).
/// </summary>
public interface ITradeHistory
{
    /// <summary>Newest first, paged.</summary>
    Task<TradeHistoryPage> QueryAsync(AccessUser user, TradeHistoryQuery query, CancellationToken cancellationToken);

    /// <summary>Writes every matching trade (ignoring Skip/Take) as CSV (invariant culture, ISO-8601 UTC times, one row per trade).</summary>
    Task WriteCsvAsync(AccessUser user, TradeHistoryQuery query, Stream output, CancellationToken cancellationToken);
}
