namespace TradingDashboard.Core.Trading.Sync;

/// <summary>What one account's sync did.</summary>
/// <param name="Reconciled">Unknown orders resolved by <see cref="ITradingService.ReconcileAsync"/>.</param>
/// <param name="Imported">Broker positions adopted into the books.</param>
/// <param name="Updated">Open trades whose volume or SL/TP were corrected.</param>
/// <param name="Closed">Trades closed from the broker's deals because their position was gone.</param>
/// <param name="Message">Why it was skipped or failed; null when synced.</param>
public sealed record TradeSyncResult(
    Guid AccountId,
    TradeSyncOutcome Outcome,
    int Reconciled = 0,
    int Imported = 0,
    int Updated = 0,
    int Closed = 0,
    string? Message = null);
