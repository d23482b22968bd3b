namespace TradingDashboard.Core.Trading.Sync;

/// <summary>
/// Brings the dashboard's books (<c>trades</c>) in line with the broker: resolves the account's
/// Unknown orders, adopts positions opened outside the dashboard, corrects volume and SL/TP
/// drift, and closes trades whose position is gone, from the broker's deals. Runs at start-up and
/// every <see cref="TradingOptions.ReconcileIntervalMs"/>; callable on demand.
/// </summary>
public interface ITradeSync
{
    /// <summary>Syncs one account. Never throws for a broker or database fault: the result says what failed.</summary>
    Task<TradeSyncResult> SyncAccountAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>Syncs every active account with bounded concurrency; one failing account never stops the others.</summary>
    Task<IReadOnlyList<TradeSyncResult>> SyncAllAsync(CancellationToken cancellationToken);
}
