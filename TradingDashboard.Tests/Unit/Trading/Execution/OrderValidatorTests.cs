using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading;
using TradingDashboard.Core.Trading.Execution;

namespace TradingDashboard.Tests.Unit.Trading.Execution;

public class OrderValidatorTests
{
    // EURUSD with a 10-point stops level; market 1.08450 / 1.08460.
    private static readonly SymbolInfo EurUsd = TestSymbols.EurUsd with { StopsLevel = 10 };
    private static readonly BrokerQuote Quote = new("EURUSD", 1.08450m, 1.08460m, DateTimeOffset.UnixEpoch);
    private static readonly string[] BothLevels = ["StopLoss", "TakeProfit"];

    [Fact]
    public void ValidateOpen_ValidMarketBuy_PassesWithLevelsRoundedToTheTick()
    {
        var check = OrderValidator.ValidateOpen(Market(PositionSide.Buy, 0.10m, stopLoss: 1.0800049m, takeProfit: 1.0900051m), EurUsd, Quote);

        Assert.True(check.IsValid, check.Summary);
        Assert.Equal(0.10m, check.Volume);
        Assert.Equal(1.08000m, check.StopLoss);
        Assert.Equal(1.09001m, check.TakeProfit);
        Assert.Null(check.Price);
    }

    [Fact]
    public void ValidateOpen_VolumeOffTheStep_IsAVolumeErrorNamingTheNearestValidVolumes()
    {
        var check = OrderValidator.ValidateOpen(Market(PositionSide.Buy, 0.125m), EurUsd, Quote);

        Assert.False(check.IsValid);
        var error = Assert.Single(check.Errors);
        Assert.Equal("Volume", error.Key);
        Assert.Equal("0.125 lots is not a multiple of the volume step 0.01; use 0.12 or 0.13.", error.Value);
        Assert.Equal(0.125m, check.Volume);
    }

    [Theory]
    [InlineData("0.005", "0.005 lots is not a multiple of the volume step 0.01; use 0.01.")]
    [InlineData("0", "The volume must be positive.")]
    [InlineData("100.01", "100.01 lots is above the maximum of 100 lots.")]
    public void ValidateOpen_VolumeOutOfBounds_IsRefusedNotClamped(string volume, string expected)
    {
        var check = OrderValidator.ValidateOpen(Market(PositionSide.Buy, decimal.Parse(volume, System.Globalization.CultureInfo.InvariantCulture)), EurUsd, Quote);

        Assert.Equal(expected, check.Errors["Volume"]);
    }

    [Fact]
    public void ValidateOpen_VolumeBelowMinimumOnAStep_IsBelowTheMinimum()
    {
        var symbol = EurUsd with { VolumeMin = 0.1m };

        var check = OrderValidator.ValidateOpen(Market(PositionSide.Buy, 0.05m), symbol, Quote);

        Assert.Equal("0.05 lots is below the minimum of 0.1 lots.", check.Errors["Volume"]);
    }

    [Fact]
    public void ValidateOpen_BuyStopLossAboveTheBid_IsAStopLossError()
    {
        var check = OrderValidator.ValidateOpen(Market(PositionSide.Buy, 0.1m, stopLoss: 1.0850m), EurUsd, Quote);

        Assert.Equal(
            "The stop loss of a buy must be below the bid (1.08450) by at least 10 points (the symbol's stops level).",
            check.Errors["StopLoss"]);
    }

    [Fact]
    public void ValidateOpen_BuyStopLossInsideTheStopsLevel_IsRefused()
    {
        // 9 points below the bid: inside the 10-point stops level. 10 points is allowed.
        Assert.True(OrderValidator.ValidateOpen(Market(PositionSide.Buy, 0.1m, stopLoss: 1.08441m), EurUsd, Quote).Errors.ContainsKey("StopLoss"));
        Assert.True(OrderValidator.ValidateOpen(Market(PositionSide.Buy, 0.1m, stopLoss: 1.08440m), EurUsd, Quote).IsValid);
    }

    [Fact]
    public void ValidateOpen_SellLevelsAreCheckedAgainstTheAsk()
    {
        // A sell closes at the ask: SL above it, TP below it.
        var wrong = OrderValidator.ValidateOpen(Market(PositionSide.Sell, 0.1m, stopLoss: 1.08455m, takeProfit: 1.08470m), EurUsd, Quote);
        var right = OrderValidator.ValidateOpen(Market(PositionSide.Sell, 0.1m, stopLoss: 1.08470m, takeProfit: 1.08450m), EurUsd, Quote);

        Assert.Equal(BothLevels, wrong.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("The take profit of a sell must be below the ask (1.08460)", wrong.Errors["TakeProfit"], StringComparison.Ordinal);
        Assert.True(right.IsValid, right.Summary);
    }

    [Fact]
    public void ValidateOpen_ZeroLevelsMeanNone_NegativeOnesAreErrors()
    {
        var none = OrderValidator.ValidateOpen(Market(PositionSide.Buy, 0.1m, stopLoss: 0m, takeProfit: 0m), EurUsd, Quote);
        var negative = OrderValidator.ValidateOpen(Market(PositionSide.Buy, 0.1m, stopLoss: -1m), EurUsd, Quote);

        Assert.True(none.IsValid);
        Assert.Null(none.StopLoss);
        Assert.Equal("The stop loss must be a positive price; leave it empty for none.", negative.Errors["StopLoss"]);
    }

    [Fact]
    public void ValidateOpen_PendingWithoutPrice_IsAPriceError()
    {
        var check = OrderValidator.ValidateOpen(Pending(PositionSide.Buy, OrderType.Limit, null), EurUsd, Quote);

        Assert.Equal("A limit or stop order needs a price.", check.Errors["Price"]);
    }

    [Theory]
    [InlineData(PositionSide.Buy, OrderType.Limit, "1.08500", "A buy limit must be below the ask (1.08460) by at least 10 points (the symbol's stops level).")]
    [InlineData(PositionSide.Sell, OrderType.Limit, "1.08400", "A sell limit must be above the bid (1.08450) by at least 10 points (the symbol's stops level).")]
    [InlineData(PositionSide.Buy, OrderType.Stop, "1.08400", "A buy stop must be above the ask (1.08460) by at least 10 points (the symbol's stops level).")]
    [InlineData(PositionSide.Sell, OrderType.Stop, "1.08445", "A sell stop must be below the bid (1.08450) by at least 10 points (the symbol's stops level).")]
    public void ValidateOpen_PendingPriceOnTheWrongSide_IsAPriceError(PositionSide side, OrderType type, string price, string expected)
    {
        var check = OrderValidator.ValidateOpen(Pending(side, type, decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture)), EurUsd, Quote);

        Assert.Equal(expected, check.Errors["Price"]);
    }

    [Theory]
    [InlineData(PositionSide.Buy, OrderType.Limit, "1.08000")]
    [InlineData(PositionSide.Sell, OrderType.Limit, "1.09000")]
    [InlineData(PositionSide.Buy, OrderType.Stop, "1.09000")]
    [InlineData(PositionSide.Sell, OrderType.Stop, "1.08000")]
    public void ValidateOpen_PendingPriceOnTheRightSide_Passes(PositionSide side, OrderType type, string price)
    {
        var check = OrderValidator.ValidateOpen(Pending(side, type, decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture)), EurUsd, Quote);

        Assert.True(check.IsValid, check.Summary);
    }

    [Fact]
    public void ValidateOpen_PendingLevelsAreCheckedAgainstTheOrderPrice()
    {
        // Buy limit at 1.08000: an SL at 1.08200 is below the market but above the order price.
        var wrong = OrderValidator.ValidateOpen(Pending(PositionSide.Buy, OrderType.Limit, 1.08000m, stopLoss: 1.08200m), EurUsd, Quote);
        var right = OrderValidator.ValidateOpen(Pending(PositionSide.Buy, OrderType.Limit, 1.080004m, stopLoss: 1.07900m, takeProfit: 1.08300m), EurUsd, Quote);

        Assert.Equal(
            "The stop loss of a buy must be below the order price (1.08000) by at least 10 points (the symbol's stops level).",
            wrong.Errors["StopLoss"]);
        Assert.True(right.IsValid, right.Summary);
        Assert.Equal(1.08000m, right.Price);
    }

    [Fact]
    public void ValidateClose_MoreThanThePosition_IsAVolumeError()
    {
        var check = OrderValidator.ValidateClose(0.5m, Position(PositionSide.Buy, 0.3m), EurUsd);

        Assert.Equal("Cannot close 0.5 lots: the position has 0.3 lots.", check.Errors["Volume"]);
    }

    [Fact]
    public void ValidateClose_PartOffTheStep_IsAVolumeError()
    {
        var check = OrderValidator.ValidateClose(0.105m, Position(PositionSide.Buy, 0.3m), EurUsd);

        Assert.Equal("0.105 lots is not a multiple of the volume step 0.01; use 0.1 or 0.11.", check.Errors["Volume"]);
    }

    [Theory]
    [InlineData(null, "0.3")]
    [InlineData("0.3", "0.3")]
    [InlineData("0.1", "0.1")]
    public void ValidateClose_WholeOrPartOnTheStep_Passes(string? volume, string expected)
    {
        var requested = volume is null ? (decimal?)null : decimal.Parse(volume, System.Globalization.CultureInfo.InvariantCulture);

        var check = OrderValidator.ValidateClose(requested, Position(PositionSide.Buy, 0.3m), EurUsd);

        Assert.True(check.IsValid, check.Summary);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), check.Volume);
    }

    [Fact]
    public void ValidateModify_LevelsAreCheckedAgainstTheClosingPrice()
    {
        var position = Position(PositionSide.Buy, 0.3m);

        var wrong = OrderValidator.ValidateModify(new ModifyIntent(Guid.Empty, 7, 1.08500m, 1.08400m, "k", Lineage), position, EurUsd, Quote);
        var right = OrderValidator.ValidateModify(new ModifyIntent(Guid.Empty, 7, 1.08300m, null, "k", Lineage), position, EurUsd, Quote);

        Assert.Equal(BothLevels, wrong.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.True(right.IsValid, right.Summary);
        Assert.Null(right.TakeProfit);
    }

    private static TradeLineage Lineage => TradeLineage.ManualBy("u1");

    private static OpenOrderIntent Market(PositionSide side, decimal volume, decimal? stopLoss = null, decimal? takeProfit = null) =>
        new(Guid.Empty, "EURUSD", side, OrderType.Market, volume, null, stopLoss, takeProfit, "key", Lineage);

    private static OpenOrderIntent Pending(PositionSide side, OrderType type, decimal? price, decimal? stopLoss = null, decimal? takeProfit = null) =>
        new(Guid.Empty, "EURUSD", side, type, 0.1m, price, stopLoss, takeProfit, "key", Lineage);

    private static BrokerPosition Position(PositionSide side, decimal volume) =>
        new(7, "EURUSD", side, volume, 1.08300m, null, null, 1.08450m, 0m, 0m, 0, "", DateTimeOffset.UnixEpoch);
}
