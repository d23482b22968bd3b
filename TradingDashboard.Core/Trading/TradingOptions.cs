using TradingDashboard.Core.Trading.Risk;

namespace TradingDashboard.Core.Trading;

/// <summary>Configuration section <c>Trading</c>.</summary>
public sealed class TradingOptions
{
    public const string SectionName = "Trading";

    /// <summary>A read (positions, symbol, account info) gives up after this long per attempt.</summary>
    public int ReadTimeoutMs { get; set; } = 5_000;

    /// <summary>Reads are retried this many times with exponential back-off; orders never are.</summary>
    public int ReadRetries { get; set; } = 2;

    /// <summary>An order without an answer after this long becomes Unknown.</summary>
    public int OrderTimeoutMs { get; set; } = 10_000;

    /// <summary>Consecutive-failure ratio (0–1) over <see cref="BreakerSamplingMs"/> that opens an account's breaker.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed in the sampling window before the ratio counts.</summary>
    public int BreakerMinimumThroughput { get; set; } = 4;

    public int BreakerSamplingMs { get; set; } = 30_000;

    /// <summary>How long an open breaker fails fast before letting one probe through (half-open).</summary>
    public int BreakerOpenMs { get; set; } = 30_000;

    /// <summary>How often Unknown orders and open trades are reconciled against the broker.</summary>
    public int ReconcileIntervalMs { get; set; } = 15_000;

    /// <summary>An Unknown order not found at the broker after this long is marked NotExecuted (never resent).</summary>
    public int UnknownGiveUpMs { get; set; } = 120_000;

    /// <summary>Trade buttons are disabled when the last tick is older than this.</summary>
    public int StalePriceSeconds { get; set; } = 30;

    /// <summary>Defaults for every account.</summary>
    public RiskLimits Risk { get; set; } = new();

    /// <summary>Overrides by internal account id (every rule of the override applies; absent values switch the rule off).</summary>
    public IDictionary<Guid, RiskLimits> AccountRisk { get; } = new Dictionary<Guid, RiskLimits>();

    public RiskLimits RiskFor(Guid accountId) => AccountRisk.TryGetValue(accountId, out var limits) ? limits : Risk;
}
