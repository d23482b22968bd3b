namespace TradingDashboard.Core.Trading.Risk;

/// <summary>What a new position would add to the account, and where the account stands; values of switched-off rules are not read.</summary>
/// <param name="Volume">Lots of the new order.</param>
/// <param name="LossAtStop">Account-currency loss if the stop loss is hit; null without a stop loss.</param>
/// <param name="Balance">The broker's balance.</param>
/// <param name="OpenCount">Open positions plus pending orders now.</param>
/// <param name="TodayRealized">Net realized result of today (UTC): negative is a loss.</param>
internal sealed record RiskExposure(decimal Volume, decimal? LossAtStop, decimal Balance, int OpenCount, decimal TodayRealized, string Currency);
