using TradingDashboard.Core.Access;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Tests.Integration.Trading.Execution;

/// <summary>Validation and risk refuse before anything is recorded or sent; closing and reducing risk are never refused by risk rules.</summary>
public sealed class OrderRefusalTests(TradingPipelineFixture fixture) : IClassFixture<TradingPipelineFixture>
{
    private static readonly Guid MainId = TradingPipelineFixture.MainId;
    private static readonly Guid StrictId = TradingPipelineFixture.StrictId;
    private static readonly TradeLineage Lineage = TradeLineage.ManualBy("trader-1");

    [Fact]
    public async Task PlaceOrderAsync_VolumeOffTheStep_IsAVolumeFieldErrorWithTheNearestVolumes()
    {
        var refusal = await PlaceAsync(MainId, "EURUSD", OrderType.Market, 0.015m, stopPips: 50);
        var outcome = refusal.Outcome;

        await AssertRefusedAsync(refusal);
        Assert.Equal("0.015 lots is not a multiple of the volume step 0.01; use 0.01 or 0.02.", outcome.FieldErrors["Volume"]);
    }

    [Fact]
    public async Task PlaceOrderAsync_StopLossOnTheWrongSide_IsAStopLossFieldError()
    {
        var refusal = await PlaceAsync(MainId, "EURUSD", OrderType.Market, 0.1m, stopPips: -50);
        var outcome = refusal.Outcome;

        await AssertRefusedAsync(refusal);
        Assert.StartsWith("The stop loss of a buy must be below the bid", outcome.FieldErrors["StopLoss"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceOrderAsync_UnknownSymbol_IsASymbolFieldError()
    {
        var key = NewKey();
        var outcome = await fixture.Trading.PlaceOrderAsync(AccessUser.System, new OpenOrderIntent(
            MainId, "NOPE", PositionSide.Buy, OrderType.Market, 0.1m, null, null, null, key, Lineage), CancellationToken.None);

        await AssertRefusedAsync((outcome, key));
        Assert.Equal("The broker has no symbol 'NOPE'.", outcome.FieldErrors["Symbol"]);
    }

    [Fact]
    public async Task PlaceOrderAsync_PendingOrderWithoutPrice_IsAPriceFieldError()
    {
        var refusal = await PlaceAsync(MainId, "EURUSD", OrderType.Limit, 0.1m, stopPips: 50);
        var outcome = refusal.Outcome;

        await AssertRefusedAsync(refusal);
        Assert.Equal("A limit or stop order needs a price.", outcome.FieldErrors["Price"]);
    }

    [Fact]
    public async Task PlaceOrderAsync_NoStopLossWhileRiskPerTradeIsOn_IsRefused()
    {
        var refusal = await PlaceAsync(MainId, "EURUSD", OrderType.Market, 0.1m, stopPips: null);
        var outcome = refusal.Outcome;

        await AssertRefusedAsync(refusal);
        Assert.Equal("Risk rule 'max risk per trade' (2% of the balance): a stop loss is required.", outcome.Message);
    }

    [Fact]
    public async Task PlaceOrderAsync_LossAtStopAboveTheRiskPercent_IsRefusedWithTheNumbers()
    {
        // 5 lots × 500 pips on EURUSD ≈ 25,000 USD = 25 % of 100,000.
        var refusal = await PlaceAsync(MainId, "EURUSD", OrderType.Market, 5m, stopPips: 500);
        var outcome = refusal.Outcome;

        await AssertRefusedAsync(refusal);
        Assert.Matches(@"^Risk rule 'max risk per trade': the loss at the stop loss would be 2\d{4}\.\d\d USD = 2\d(\.\d+)?% of the balance 100000\.00 USD; the limit is 2%\.$", outcome.Message);
    }

    [Fact]
    public async Task PlaceOrderAsync_VolumeAboveTheAccountsMaximum_IsRefused()
    {
        var refusal = await PlaceAsync(MainId, "EURUSD", OrderType.Market, 11m, stopPips: 1);
        var outcome = refusal.Outcome;

        await AssertRefusedAsync(refusal);
        Assert.Equal("Risk rule 'max volume per order': 11 lots is above the limit of 10 lots.", outcome.Message);
    }

    [Fact]
    public async Task PlaceThenCancelPendingOrder_IsPlacedThenCancelledAtTheBridge()
    {
        var quote = await fixture.WaitForQuoteAsync(MainId, "EURUSD", DateTimeOffset.MinValue, TimeSpan.FromSeconds(30));
        var price = quote.Tick.Ask - 0.02m;
        var placed = await fixture.Trading.PlaceOrderAsync(AccessUser.System, new OpenOrderIntent(
            MainId, "EURUSD", PositionSide.Buy, OrderType.Limit, 0.1m, price, price - 0.005m, price + 0.01m, NewKey(), Lineage), CancellationToken.None);

        Assert.Equal(OrderStatus.Placed, placed.Status);
        var ticket = placed.OrderTicket!.Value;
        Assert.Contains(await fixture.Trading.GetPendingOrdersAsync(AccessUser.System, MainId, CancellationToken.None), o => o.Ticket == ticket);

        var cancelled = await fixture.Trading.CancelOrderAsync(AccessUser.System, new CancelIntent(MainId, ticket, NewKey(), Lineage), CancellationToken.None);

        Assert.Equal(OrderStatus.Done, cancelled.Status);
        Assert.DoesNotContain(await fixture.Trading.GetPendingOrdersAsync(AccessUser.System, MainId, CancellationToken.None), o => o.Ticket == ticket);
    }

    [Fact]
    public async Task StrictAccount_NewPositionsAreRefused_ButReducingAndClosingAreNot()
    {
        var positions = await fixture.Trading.GetPositionsAsync(AccessUser.System, StrictId, CancellationToken.None);
        Assert.Equal(2, positions.Count);
        var larger = positions.Single(p => p.Volume == 0.5m);

        var open = await PlaceAsync(StrictId, "EURUSD", OrderType.Market, 0.01m, stopPips: 10);
        var partial = await fixture.Trading.ClosePositionAsync(AccessUser.System, new CloseIntent(StrictId, larger.Ticket, 0.2m, NewKey(), CloseReason.PartialClose, Lineage), CancellationToken.None);
        var quote = await fixture.WaitForQuoteAsync(StrictId, "EURUSD", DateTimeOffset.MinValue, TimeSpan.FromSeconds(30));
        var tighten = await fixture.Trading.ModifyPositionAsync(AccessUser.System, new ModifyIntent(StrictId, larger.Ticket, quote.Tick.Bid - 0.005m, null, NewKey(), Lineage), CancellationToken.None);
        var closeAll = await fixture.Trading.CloseAllAsync(AccessUser.System, StrictId, NewKey(), Lineage, CancellationToken.None);

        await AssertRefusedAsync(open);
        Assert.Equal("Risk rule 'max open positions': the account already has 2 open positions and pending orders; the limit is 1.", open.Outcome.Message);
        Assert.Equal(OrderStatus.Done, partial.Status);
        Assert.Equal(0.2m, partial.Volume);
        Assert.Equal(OrderStatus.Done, tighten.Status);
        Assert.Equal(2, closeAll.Count);
        Assert.All(closeAll, o => Assert.Equal(OrderStatus.Done, o.Status));
        Assert.Empty(await fixture.Trading.GetPositionsAsync(AccessUser.System, StrictId, CancellationToken.None));
    }

    private async Task<(OrderOutcome Outcome, string Key)> PlaceAsync(Guid accountId, string symbol, OrderType type, decimal volume, int? stopPips)
    {
        var key = NewKey();
        var quote = await fixture.WaitForQuoteAsync(accountId, symbol, DateTimeOffset.MinValue, TimeSpan.FromSeconds(30));
        decimal? stop = stopPips is { } pips ? quote.Tick.Bid - (pips * 0.0001m) : null;
        var outcome = await fixture.Trading.PlaceOrderAsync(
            AccessUser.System, new OpenOrderIntent(accountId, symbol, PositionSide.Buy, type, volume, null, stop, null, key, Lineage), CancellationToken.None);
        return (outcome, key);
    }

    // Refused means nothing was recorded, so nothing can have been sent.
    private async Task AssertRefusedAsync((OrderOutcome Outcome, string Key) refusal)
    {
        Assert.Equal(OrderStatus.Refused, refusal.Outcome.Status);
        Assert.Null(refusal.Outcome.OrderId);
        Assert.False(refusal.Outcome.Duplicate);
        Assert.Empty(await fixture.OrdersAsync(refusal.Key));
    }

    private static string NewKey() => $"refusal:{Guid.NewGuid():N}";
}
