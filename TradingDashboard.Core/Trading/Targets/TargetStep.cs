namespace TradingDashboard.Core.Trading.Targets;

/// <summary>Where one step (partial close, break-even) of a TP1 stands after asking the trading service.</summary>
internal enum TargetStep
{
    Done,

    /// <summary>Unknown (reconciliation decides) or refused before anything was recorded: ask again later, same key.</summary>
    Wait,

    /// <summary>The broker rejected it, or reconciliation proved it never executed: the key is spent, never retried.</summary>
    GiveUp,
}
