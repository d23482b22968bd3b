namespace TradingDashboard.Core.Trading.Sync;

public enum TradeSyncOutcome
{
    Synced,

    /// <summary>Not attempted: the account is unknown or inactive, or its breaker is open.</summary>
    Skipped,

    /// <summary>The broker or the database failed; the next round tries again.</summary>
    Failed,
}
