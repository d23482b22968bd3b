namespace TradingDashboard.Core.Trading.Risk;

/// <summary>Per-account risk rules; null switches a rule off. Refusals name the rule and the numbers.</summary>
public sealed class RiskLimits
{
    /// <summary>Largest loss at the stop for one new position, as % of balance. Needs a stop loss when set.</summary>
    public decimal? MaxRiskPercentPerTrade { get; set; } = 2m;

    public int? MaxOpenPositions { get; set; } = 20;

    /// <summary>Largest volume of one order, in lots.</summary>
    public decimal? MaxVolume { get; set; } = 10m;

    /// <summary>Once today's (UTC) realized loss on the account reaches this many account-currency units, new positions are refused.</summary>
    public decimal? DailyLossLimit { get; set; }
}
