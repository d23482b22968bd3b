using TradingDashboard.Core.Trading.Execution;

namespace TradingDashboard.Core.Trading.Risk;

/// <summary>
/// The per-account rules for new positions. A refusal names the rule and the numbers; null means
/// allowed. Closing or reducing risk never comes here.
/// </summary>
internal static class RiskRules
{
    public static string? Evaluate(RiskLimits limits, RiskExposure exposure)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(exposure);
        if (limits.MaxVolume is { } maxVolume && exposure.Volume > maxVolume)
        {
            return $"Risk rule 'max volume per order': {DecimalText.Lots(exposure.Volume)} lots is above the limit of {DecimalText.Lots(maxVolume)} lots.";
        }

        if (limits.MaxOpenPositions is { } maxOpen && exposure.OpenCount >= maxOpen)
        {
            return $"Risk rule 'max open positions': the account already has {exposure.OpenCount} open positions and pending orders; the limit is {maxOpen}.";
        }

        if (limits.DailyLossLimit is { } dailyLimit && -exposure.TodayRealized >= dailyLimit)
        {
            return $"Risk rule 'daily loss limit': today's realized loss is {DecimalText.Money(-exposure.TodayRealized)} {exposure.Currency}, "
                + $"the limit is {DecimalText.Money(dailyLimit)} {exposure.Currency}; new positions are refused until 00:00 UTC.";
        }

        return EvaluateStop(limits, exposure.LossAtStop, exposure.Balance, exposure.Currency);
    }

    /// <summary>The risk-per-trade rule alone, for a new position or a stop moved further away.</summary>
    public static string? EvaluateStop(RiskLimits limits, decimal? lossAtStop, decimal balance, string currency)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (limits.MaxRiskPercentPerTrade is not { } maxRisk)
        {
            return null;
        }

        if (lossAtStop is not { } loss)
        {
            return $"Risk rule 'max risk per trade' ({DecimalText.Percent(maxRisk)}% of the balance): a stop loss is required.";
        }

        if (balance <= 0m)
        {
            return $"Risk rule 'max risk per trade': the balance is {DecimalText.Money(balance)} {currency}, so no risk can be taken.";
        }

        var percent = loss / balance * 100m;
        return percent > maxRisk
            ? $"Risk rule 'max risk per trade': the loss at the stop loss would be {DecimalText.Money(loss)} {currency} = {DecimalText.Percent(percent)}% "
                + $"of the balance {DecimalText.Money(balance)} {currency}; the limit is {DecimalText.Percent(maxRisk)}%."
            : null;
    }
}
