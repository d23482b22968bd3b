using TradingDashboard.Core.Trading.Risk;

namespace TradingDashboard.Tests.Unit.Trading.Risk;

public class RiskRulesTests
{
    private static readonly RiskLimits AllRules = new() { MaxRiskPercentPerTrade = 2m, MaxOpenPositions = 3, MaxVolume = 1m, DailyLossLimit = 500m };

    [Fact]
    public void Evaluate_WithinEveryRule_Allows()
    {
        // 0.5 lots, 150 USD at the stop on 10,000 = 1.5 %; 2 open; 499.99 lost today.
        Assert.Null(RiskRules.Evaluate(AllRules, Exposure(volume: 0.5m, loss: 150m, openCount: 2, today: -499.99m)));
    }

    [Fact]
    public void Evaluate_VolumeAboveTheLimit_NamesTheRuleAndTheNumbers()
    {
        Assert.Equal(
            "Risk rule 'max volume per order': 1.5 lots is above the limit of 1 lots.",
            RiskRules.Evaluate(AllRules, Exposure(volume: 1.5m)));
    }

    [Fact]
    public void Evaluate_OpenPositionsAtTheLimit_Refuses()
    {
        Assert.Equal(
            "Risk rule 'max open positions': the account already has 3 open positions and pending orders; the limit is 3.",
            RiskRules.Evaluate(AllRules, Exposure(openCount: 3)));
    }

    [Fact]
    public void Evaluate_DailyLossReached_Refuses()
    {
        Assert.Equal(
            "Risk rule 'daily loss limit': today's realized loss is 500.00 USD, the limit is 500.00 USD; new positions are refused until 00:00 UTC.",
            RiskRules.Evaluate(AllRules, Exposure(today: -500m)));
    }

    [Fact]
    public void Evaluate_ProfitToday_NeverTriggersTheDailyLimit()
    {
        Assert.Null(RiskRules.Evaluate(AllRules, Exposure(today: 2_000m)));
    }

    [Fact]
    public void Evaluate_NoStopLossWhileRiskPerTradeIsOn_RequiresOne()
    {
        Assert.Equal(
            "Risk rule 'max risk per trade' (2% of the balance): a stop loss is required.",
            RiskRules.Evaluate(AllRules, Exposure(loss: null)));
    }

    [Fact]
    public void Evaluate_LossAtStopAboveThePercent_RefusesWithAmountAndPercent()
    {
        // 250 USD of 10,000 = 2.5 % > 2 %.
        Assert.Equal(
            "Risk rule 'max risk per trade': the loss at the stop loss would be 250.00 USD = 2.5% of the balance 10000.00 USD; the limit is 2%.",
            RiskRules.Evaluate(AllRules, Exposure(loss: 250m)));
    }

    [Fact]
    public void Evaluate_ExactlyThePercent_Allows()
    {
        Assert.Null(RiskRules.Evaluate(AllRules, Exposure(loss: 200m)));
    }

    [Fact]
    public void Evaluate_RulesSwitchedOff_AllowAnything()
    {
        var none = new RiskLimits { MaxRiskPercentPerTrade = null, MaxOpenPositions = null, MaxVolume = null, DailyLossLimit = null };

        Assert.Null(RiskRules.Evaluate(none, Exposure(volume: 500m, loss: null, openCount: 10_000, today: -1_000_000m)));
    }

    [Fact]
    public void EvaluateStop_NonPositiveBalance_Refuses()
    {
        Assert.Equal(
            "Risk rule 'max risk per trade': the balance is 0.00 USD, so no risk can be taken.",
            RiskRules.EvaluateStop(AllRules, 10m, 0m, "USD"));
    }

    private static RiskExposure Exposure(decimal volume = 0.1m, decimal? loss = 100m, int openCount = 0, decimal today = 0m) =>
        new(volume, loss, 10_000m, openCount, today, "USD");
}
