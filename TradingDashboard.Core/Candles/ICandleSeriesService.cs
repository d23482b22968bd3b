using TradingDashboard.Core.Access;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Candles;

/// <summary>
/// Rolling in-memory candle series per (account, symbol, timeframe): filled from the bridge's
/// history (<c>rates</c>), kept live from <c>candle.update</c> events, higher timeframes
/// aggregated from M1 when the bridge sends only M1. Reference-counts the bridge's headless
/// price and candle subscriptions per viewer.
/// </summary>
public interface ICandleSeriesService
{
    /// <summary>Opens a lease; demands access to the account (refusal logged).</summary>
    /// <exception cref="Access.AccessDeniedException">The user may not see the account.</exception>
    Task<ICandleSeriesLease> OpenAsync(AccessUser user, Guid accountId, string symbol, Timeframe timeframe, CancellationToken cancellationToken);

    /// <summary>The account's tradable symbols (broker casing) with their digits, from the bridge; demands access.</summary>
    Task<IReadOnlyList<SymbolListing>> ListSymbolsAsync(AccessUser user, Guid accountId, CancellationToken cancellationToken);
}
