using System.ComponentModel.DataAnnotations;

namespace TradingDashboard.Core.Trading.Sync;

/// <summary>
/// Configuration section <c>TradeSync</c>. The sync interval itself is
/// <see cref="TradingOptions.ReconcileIntervalMs"/>.
/// </summary>
public sealed class TradeSyncOptions
{
    public const string SectionName = "TradeSync";

    /// <summary>Accounts synced at the same time.</summary>
    [Range(1, 64)]
    public int MaxConcurrentAccounts { get; set; } = 4;

    /// <summary>How far before a vanished trade's open time the broker's deals are read (broker clocks drift).</summary>
    [Range(0, 10_080)]
    public int DealsLookbackMinutes { get; set; } = 1_440;

    /// <summary>How often the TP1 monitor re-reads which open trades have a profit target.</summary>
    [Range(100, 60_000)]
    public int ProfitTargetRefreshMs { get; set; } = 2_000;

    /// <summary>After an Unknown or refused TP1/break-even step, wait this long before asking again (same key).</summary>
    [Range(100, 600_000)]
    public int ProfitTargetRetryMs { get; set; } = 5_000;
}
