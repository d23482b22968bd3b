using TradingDashboard.Components.Shared.Trading;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading;
using TradingDashboard.Tests.Unit.Trading;

namespace TradingDashboard.Tests.Unit.Components.Trading;

/// <summary>
/// The ticket's checks and numbers, worked by hand on a USD account: EURUSD at 1.08450/1.08462
/// ($1 per point per lot, pip = 10 points), USDJPY at 150.218/150.232 ($0.6667 per point per lot).
/// </summary>
public sealed class TicketEvaluatorTests
{
    private const decimal Bid = 1.08450m;
    private const decimal Ask = 1.08462m;

    private static readonly TicketMarket EurUsd = new(TestSymbols.EurUsd, Bid, Ask, 10_000m, "USD");

    [Fact]
    public void Evaluate_MarketBuyWithSlTpInPips_LevelsFromTheAskAndRiskRewardProjected()
    {
        var form = new TicketForm { Side = PositionSide.Buy, Lots = 0.10m, StopLossPips = 20m, TakeProfitPips = 40m };

        var e = TicketEvaluator.Evaluate(form, EurUsd);

        Assert.True(e.IsValid, string.Join("; ", e.Errors.Values));
        Assert.Equal(Ask, e.Entry);
        Assert.Equal(new TicketLevel(1.08262m, 20.0m), e.StopLoss);
        Assert.Equal(new TicketLevel(1.08862m, 40.0m), e.TakeProfit);

        // 200 points × $1 × 0.10 lots = $20 at SL; 400 points → $40 at TP.
        Assert.Equal(20.00m, e.Projection!.RiskMoney);
        Assert.Equal(40.00m, e.Projection.RewardMoney);
        Assert.Equal(2m, e.Projection.RewardToRisk);

        // Bought at the ask, worth the bid: 12 points × $1 × 0.10 = -$1.20.
        Assert.Equal(-1.20m, e.SpreadCost);
    }

    [Fact]
    public void Evaluate_MarketSellWithSlTpInPips_LevelsFromTheBid()
    {
        var form = new TicketForm { Side = PositionSide.Sell, Lots = 0.30m, StopLossPips = 15m, TakeProfitPips = 30m };

        var e = TicketEvaluator.Evaluate(form, EurUsd);

        Assert.True(e.IsValid);
        Assert.Equal(Bid, e.Entry);
        Assert.Equal(1.08600m, e.StopLoss!.Price);
        Assert.Equal(1.08150m, e.TakeProfit!.Price);
        Assert.Equal(45.00m, e.Projection!.RiskMoney);
        Assert.Equal(90.00m, e.Projection.RewardMoney);
    }

    [Fact]
    public void Evaluate_StopLossTypedAsPrice_ShowsItsDistanceInPips()
    {
        var form = new TicketForm { Lots = 0.10m, LevelMode = LevelMode.Price, StopLossPrice = 1.08317m };

        var e = TicketEvaluator.Evaluate(form, EurUsd);

        Assert.True(e.IsValid);
        Assert.Equal(new TicketLevel(1.08317m, 14.5m), e.StopLoss);
        Assert.Equal(14.50m, e.Projection!.RiskMoney);
        Assert.Null(e.Projection.RewardToRisk);
    }

    [Fact]
    public void Evaluate_UsdJpyStopIn25Pips_ThreeDigitPipAndConvertedTickValue()
    {
        var market = new TicketMarket(TestSymbols.UsdJpy, 150.218m, 150.232m, 10_000m, "USD");
        var form = new TicketForm { Lots = 1m, StopLossPips = 25m };

        var e = TicketEvaluator.Evaluate(form, market);

        // Pip = 0.01 on a 3-digit quote: 150.232 - 0.250 = 149.982; 250 points × ¥100 / 150 = $166.67.
        Assert.Equal(149.982m, e.StopLoss!.Price);
        Assert.Equal(166.67m, Math.Round(e.Projection!.RiskMoney!.Value, 2));
    }

    [Theory]
    [InlineData(null, "Enter a volume in lots.")]
    [InlineData("0", "The volume must be above 0.")]
    [InlineData("0.015", "The volume must be a multiple of 0.01 lots.")]
    [InlineData("0.03", "The minimum volume is 0.05 lots.")]
    [InlineData("120", "The maximum volume is 100.00 lots.")]
    public void Evaluate_VolumeOffTheSymbolsGrid_ErrorOnVolumeAndNotSendable(string? lots, string expected)
    {
        var market = EurUsd with { Symbol = TestSymbols.EurUsd with { VolumeMin = 0.05m } };
        var form = new TicketForm { Lots = lots is null ? null : decimal.Parse(lots, System.Globalization.CultureInfo.InvariantCulture) };

        var e = TicketEvaluator.Evaluate(form, market);

        Assert.False(e.IsValid);
        Assert.Equal(expected, e.Errors[TicketFields.Volume]);
        Assert.Null(e.Volume);
        Assert.Throws<InvalidOperationException>(() => e.ToIntent(Guid.NewGuid(), TicketSendGuard.NewKey(), TradeLineage.ManualBy("u")));
    }

    [Fact]
    public void Evaluate_BuyStopLossAboveTheAsk_ErrorOnStopLoss()
    {
        var form = new TicketForm { Lots = 0.10m, LevelMode = LevelMode.Price, StopLossPrice = 1.08500m };

        var e = TicketEvaluator.Evaluate(form, EurUsd);

        Assert.False(e.IsValid);
        // MT5 checks a buy's stop against the bid it would close at.
        Assert.Equal("The stop loss of a buy must be below the bid (1.08450).", e.Errors[TicketFields.StopLoss]);
        Assert.Null(e.Projection!.RiskMoney);
    }

    [Fact]
    public void Evaluate_SellTakeProfitAboveTheBid_ErrorOnTakeProfit()
    {
        var form = new TicketForm { Side = PositionSide.Sell, Lots = 0.10m, LevelMode = LevelMode.Price, TakeProfitPrice = 1.08600m };

        var e = TicketEvaluator.Evaluate(form, EurUsd);

        Assert.Equal("The take profit of a sell must be below the ask (1.08462).", e.Errors[TicketFields.TakeProfit]);
    }

    [Fact]
    public void Evaluate_StopInsideTheStopsLevel_ErrorNamesPointsAndPips()
    {
        var market = EurUsd with { Symbol = TestSymbols.EurUsd with { StopsLevel = 30 } };
        var form = new TicketForm { Lots = 0.10m, StopLossPips = 2m };

        var e = TicketEvaluator.Evaluate(form, market);

        // 1.08442 is 20 points under the ask but only 8 under the bid.
        Assert.Equal(1.08442m, e.StopLoss!.Price);
        Assert.Equal("The stop loss of a buy must be below the bid (1.08450) by at least 30 points (3.0 pips).", e.Errors[TicketFields.StopLoss]);
    }

    [Fact]
    public void Evaluate_BuyTakeProfitInsideTheSpread_ErrorAgainstTheEntry()
    {
        var form = new TicketForm { Lots = 0.10m, LevelMode = LevelMode.Price, TakeProfitPrice = 1.08456m };

        var e = TicketEvaluator.Evaluate(form, EurUsd);

        Assert.Equal("The take profit of a buy must be above the entry (1.08462).", e.Errors[TicketFields.TakeProfit]);
    }

    [Fact]
    public void Evaluate_PendingStopLoss_CheckedAgainstTheOrderPrice()
    {
        var form = new TicketForm { Type = OrderType.Limit, Price = 1.08300m, Lots = 0.10m, LevelMode = LevelMode.Price, StopLossPrice = 1.08350m };

        var e = TicketEvaluator.Evaluate(form, EurUsd);

        Assert.Equal("The stop loss of a buy must be below the order price (1.08300).", e.Errors[TicketFields.StopLoss]);
    }

    [Fact]
    public void Evaluate_OnePercentOf10000With20PipStop_SizesHalfALot()
    {
        var form = new TicketForm { VolumeMode = VolumeMode.RiskPercent, RiskPercent = 1m, StopLossPips = 20m, TakeProfitPips = 30m };

        var e = TicketEvaluator.Evaluate(form, EurUsd);

        // $100 at risk / (200 points × $1 per lot) = 0.50 lots.
        Assert.True(e.IsValid);
        Assert.Equal(0.50m, e.Volume);
        Assert.Equal(100.00m, e.Sizing!.RiskMoney);
        Assert.Equal(100.00m, e.Projection!.RiskMoney);
        Assert.Equal(150.00m, e.Projection.RewardMoney);
    }

    [Fact]
    public void Evaluate_RiskWithoutStopLoss_AsksForOne()
    {
        var form = new TicketForm { VolumeMode = VolumeMode.RiskPercent, RiskPercent = 1m };

        var e = TicketEvaluator.Evaluate(form, EurUsd);

        Assert.Equal("Sizing by risk needs a stop loss.", e.Errors[TicketFields.StopLoss]);
        Assert.False(e.IsValid);
    }

    [Fact]
    public void Evaluate_RiskWithoutBalance_RefusesRiskSizing()
    {
        var form = new TicketForm { VolumeMode = VolumeMode.RiskPercent, RiskPercent = 1m, StopLossPips = 20m };

        var e = TicketEvaluator.Evaluate(form, EurUsd with { Balance = null });

        Assert.StartsWith("The account balance is not available", e.Errors[TicketFields.RiskPercent], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TinyRisk_BelowTheMinimumVolume()
    {
        var form = new TicketForm { VolumeMode = VolumeMode.RiskPercent, RiskPercent = 0.01m, StopLossPips = 200m };

        var e = TicketEvaluator.Evaluate(form, EurUsd);

        // $1 / (2000 points × $1) = 0.0005 lots.
        Assert.Equal("0.01 % (1.00 USD) at this stop is less than the minimum volume of 0.01 lots.", e.Errors[TicketFields.RiskPercent]);
    }

    [Theory]
    [InlineData(PositionSide.Buy, OrderType.Limit, "1.08500", "A buy limit must be below the ask (1.08462).")]
    [InlineData(PositionSide.Buy, OrderType.Stop, "1.08400", "A buy stop must be above the ask (1.08462).")]
    [InlineData(PositionSide.Sell, OrderType.Limit, "1.08400", "A sell limit must be above the bid (1.08450).")]
    [InlineData(PositionSide.Sell, OrderType.Stop, "1.08450", "A sell stop must be below the bid (1.08450).")]
    [InlineData(PositionSide.Buy, OrderType.Limit, null, "Enter the limit price.")]
    public void Evaluate_PendingPriceOnTheWrongSide_ErrorOnPrice(PositionSide side, OrderType type, string? price, string expected)
    {
        var form = new TicketForm { Side = side, Type = type, Lots = 0.10m, Price = price is null ? null : decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture) };

        var e = TicketEvaluator.Evaluate(form, EurUsd);

        Assert.Equal(expected, e.Errors[TicketFields.Price]);
    }

    [Fact]
    public void Evaluate_BuyLimitBelowTheAsk_LevelsFromTheLimitPriceAndTheIntentCarriesIt()
    {
        var form = new TicketForm { Type = OrderType.Limit, Price = 1.08300m, Lots = 0.20m, StopLossPips = 10m, TakeProfitPips = 25m };

        var e = TicketEvaluator.Evaluate(form, EurUsd);
        var intent = e.ToIntent(Guid.NewGuid(), "ui:k", TradeLineage.ManualBy("u", "ui:k"));

        Assert.True(e.IsValid);
        Assert.Equal(1.08300m, e.Entry);
        Assert.Null(e.SpreadCost);
        Assert.Equal(1.08200m, intent.StopLoss);
        Assert.Equal(1.08550m, intent.TakeProfit);
        Assert.Equal(1.08300m, intent.Price);
        Assert.Equal(OrderType.Limit, intent.Type);
        Assert.Equal(2.5m, e.Projection!.RewardToRisk);
    }

    [Fact]
    public void Evaluate_NoQuoteYet_MarketOrderWaitsForAPrice()
    {
        var e = TicketEvaluator.Evaluate(new TicketForm { Lots = 0.10m }, EurUsd with { Bid = null, Ask = null });

        Assert.False(e.IsValid);
        Assert.Equal("Waiting for the first price.", e.Errors[TicketFields.General]);
    }

    [Fact]
    public void Evaluate_ProfitTargetClosingHalf_PartialProfitAndIntentTarget()
    {
        var form = new TicketForm { Lots = 0.10m, StopLossPips = 20m, TakeProfitPips = 40m, ProfitTargetEnabled = true, ProfitTargetPips = 20m, ProfitTargetPercent = 50m };

        var e = TicketEvaluator.Evaluate(form, EurUsd);
        var intent = e.ToIntent(Guid.NewGuid(), "ui:k", TradeLineage.ManualBy("u", "ui:k"));

        Assert.True(e.IsValid, string.Join("; ", e.Errors.Values));
        Assert.Equal(0.05m, e.ProfitTargetVolume);
        Assert.Equal(10.00m, e.ProfitTargetMoney);
        Assert.Equal(new ProfitTarget(1.08662m, 0.5m), intent.ProfitTarget);
    }

    [Fact]
    public void Evaluate_ProfitTargetBeyondTheTakeProfit_Error()
    {
        var form = new TicketForm { Lots = 0.10m, TakeProfitPips = 40m, ProfitTargetEnabled = true, ProfitTargetPips = 50m };

        var e = TicketEvaluator.Evaluate(form, EurUsd);

        Assert.Equal("TP1 must come before the take profit (1.08862).", e.Errors[TicketFields.ProfitTarget]);
    }

    [Fact]
    public void Evaluate_ProfitTargetOnTheMinimumVolume_CannotSplitIt()
    {
        var form = new TicketForm { Lots = 0.01m, ProfitTargetEnabled = true, ProfitTargetPips = 20m, ProfitTargetPercent = 50m };

        var e = TicketEvaluator.Evaluate(form, EurUsd);

        Assert.Equal("50 % of 0.01 lots is 0.00: both parts must be at least 0.01 lots.", e.Errors[TicketFields.ProfitTarget]);
    }

    [Fact]
    public void ToIntent_MarketTicket_CarriesKeyLineageLevelsAndNoPrice()
    {
        var account = Guid.NewGuid();
        var key = TicketSendGuard.NewKey();
        var e = TicketEvaluator.Evaluate(new TicketForm { Side = PositionSide.Sell, Lots = 0.10m, StopLossPips = 20m }, EurUsd);

        var intent = e.ToIntent(account, key, TradeLineage.ManualBy("user-1", key));

        Assert.Equal(new OpenOrderIntent(account, "EURUSD", PositionSide.Sell, OrderType.Market, 0.10m, null, 1.08650m, null, key, new TradeLineage(TradeSource.Manual, "user-1", CorrelationId: key)), intent);
    }

    [Fact]
    public void UseLevelMode_PipsToPrice_CarriesTheComputedLevels()
    {
        var form = new TicketForm { Lots = 0.10m, StopLossPips = 20m, TakeProfitPips = 40m };
        var e = TicketEvaluator.Evaluate(form, EurUsd);

        form.UseLevelMode(LevelMode.Price, e);
        var again = TicketEvaluator.Evaluate(form, EurUsd);

        Assert.Equal(1.08262m, form.StopLossPrice);
        Assert.Equal(1.08862m, form.TakeProfitPrice);
        Assert.Equal(e.Projection, again.Projection);
    }

    [Fact]
    public void SetLevel_InEachMode_WritesTheTypedUnitOnly()
    {
        var form = new TicketForm();

        form.SetLevel(TicketLevelKind.StopLoss, 20m);
        form.LevelMode = LevelMode.Price;
        form.SetLevel(TicketLevelKind.StopLoss, 1.08300m);
        form.SetLevel(TicketLevelKind.ProfitTarget, 1.08600m);

        Assert.Equal((20m, 1.08300m), (form.StopLossPips, form.StopLossPrice));
        Assert.Equal(1.08300m, form.Level(TicketLevelKind.StopLoss));
        Assert.Equal(1.08600m, form.ProfitTargetPrice);
        Assert.Null(form.Level(TicketLevelKind.TakeProfit));
    }

    [Theory]
    [InlineData(OrderType.Market, null, "Buy 0.10 EURUSD at market")]
    [InlineData(OrderType.Stop, "1.08600", "Buy stop 0.10 EURUSD at 1.08600")]
    public void Submit_ValidTicket_NamesTheOrderAsSent(OrderType type, string? price, string expected)
    {
        var form = new TicketForm { Type = type, Lots = 0.10m, Price = price is null ? null : decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(expected, TicketText.Submit(TicketEvaluator.Evaluate(form, EurUsd)));
    }
}
