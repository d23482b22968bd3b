namespace TradingDashboard.Core.Trading.Sizing;

/// <summary>What a ticket would win or lose before it is sent, in the account currency.</summary>
/// <param name="RiskMoney">Loss if the SL is hit, as a positive amount; null without an SL.</param>
/// <param name="RewardMoney">Profit if the TP is hit; null without a TP.</param>
/// <param name="RewardToRisk">Reward ÷ risk; null unless both SL and TP are set.</param>
/// <param name="Error">Null when SL and TP are placed validly.</param>
public sealed record TicketProjection(decimal? RiskMoney, decimal? RewardMoney, decimal? RewardToRisk, SizingError? Error)
{
    public bool IsValid => Error is null;
}
