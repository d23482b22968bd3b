using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Tests.Integration.Connectors;

/// <summary>
/// What every <see cref="IBrokerConnector"/> must do, in the style of Lean's BrokerageTests: each
/// connector's test class inherits these tests and supplies the connector and its market. Every
/// test starts and ends flat in <see cref="Symbol"/> (positions closed, pending orders cancelled),
/// and finds its own trades by their client tags.
/// </summary>
public abstract class BrokerConnectorContractTests : IAsyncLifetime
{
    protected abstract IBrokerConnector Connector { get; }

    /// <summary>The symbol traded, in the broker's casing; its profit currency is the account's.</summary>
    protected abstract string Symbol { get; }

    /// <summary>No test-wide deadline: every connector call has its own.</summary>
    protected static CancellationToken Ct => CancellationToken.None;

    public virtual async Task InitializeAsync()
    {
        await PrepareMarketAsync();
        await FlattenAsync();
    }

    public virtual Task DisposeAsync() => FlattenAsync();

    /// <summary>Makes sure the connector has a price for <see cref="Symbol"/>.</summary>
    protected virtual Task PrepareMarketAsync() => Task.CompletedTask;

    /// <summary>Moves the market between an open and its close, where the test controls prices (paper).</summary>
    protected virtual Task MoveMarketAsync() => Task.CompletedTask;

    [Fact]
    public async Task PlaceOrder_MarketBuyFromFlat_OpensLongAtAskWithTag()
    {
        var symbol = await SymbolAsync();
        Assert.Empty(await PositionsInSymbolAsync());
        var tag = NewTag();

        var before = await QuoteAsync();
        var result = await Connector.PlaceOrderAsync(Market(PositionSide.Buy, symbol.VolumeMin, tag) with { Magic = 4242 }, Ct);
        var after = await QuoteAsync();

        Assert.Equal(TradeResultCode.Done, result.Code);
        Assert.True(result.IsSuccess);
        Assert.Contains(result.Price, new decimal?[] { before.Ask, after.Ask });
        var position = await PositionTaggedAsync(tag);
        Assert.Equal(result.PositionTicket, position.Ticket);
        Assert.Equal(Symbol, position.Symbol);
        Assert.Equal(PositionSide.Buy, position.Direction);
        Assert.Equal(symbol.VolumeMin, position.Volume);
        Assert.Equal(result.Price, position.PriceOpen);
        Assert.Equal(4242, position.Magic);
        Assert.Null(position.StopLoss);
        Assert.Null(position.TakeProfit);
        Assert.Equal(TimeSpan.Zero, position.OpenedAt.Offset);
    }

    [Fact]
    public async Task PlaceOrder_MarketSellFromFlat_OpensShortAtBid()
    {
        var symbol = await SymbolAsync();
        Assert.Empty(await PositionsInSymbolAsync());
        var tag = NewTag();

        var before = await QuoteAsync();
        var result = await Connector.PlaceOrderAsync(Market(PositionSide.Sell, symbol.VolumeMin, tag), Ct);
        var after = await QuoteAsync();

        Assert.Equal(TradeResultCode.Done, result.Code);
        Assert.Contains(result.Price, new decimal?[] { before.Bid, after.Bid });
        var position = await PositionTaggedAsync(tag);
        Assert.Equal(PositionSide.Sell, position.Direction);
        Assert.Equal(symbol.VolumeMin, position.Volume);
        Assert.Equal(result.Price, position.PriceOpen);
    }

    [Fact]
    public async Task ClosePosition_WholeLong_PositionGoneAndOutDealCarriesCloseTag()
    {
        var symbol = await SymbolAsync();
        var since = DateTimeOffset.UtcNow.AddSeconds(-2);
        var position = await OpenAsync(PositionSide.Buy, symbol.VolumeMin);
        var closeTag = NewTag();

        var result = await Connector.ClosePositionAsync(new BrokerCloseRequest(position.Ticket, null, closeTag), Ct);

        Assert.Equal(TradeResultCode.Done, result.Code);
        Assert.DoesNotContain(await Connector.GetPositionsAsync(Ct), p => p.Ticket == position.Ticket);
        var deals = await Connector.GetDealsAsync(since, Ct);
        var exit = Assert.Single(deals, d => ClientOrderTag.Matches(d.Comment, closeTag));
        Assert.Equal(position.Ticket, exit.PositionTicket);
        Assert.Equal(DealEntry.Out, exit.Entry);
        Assert.Equal(PositionSide.Sell, exit.Direction);
        Assert.Equal(symbol.VolumeMin, exit.Volume);
        Assert.Equal(result.Price, exit.Price);
    }

    [Fact]
    public async Task ClosePosition_PartOfVolume_SameTicketKeepsTheRest()
    {
        var symbol = await SymbolAsync();
        var since = DateTimeOffset.UtcNow.AddSeconds(-2);
        var position = await OpenAsync(PositionSide.Buy, symbol.VolumeMin * 3);
        var closeTag = NewTag();

        var result = await Connector.ClosePositionAsync(new BrokerCloseRequest(position.Ticket, symbol.VolumeMin, closeTag), Ct);

        Assert.True(result.IsSuccess, result.Message);
        var rest = Assert.Single(await Connector.GetPositionsAsync(Ct), p => p.Ticket == position.Ticket);
        Assert.Equal(symbol.VolumeMin * 2, rest.Volume);
        Assert.Equal(position.PriceOpen, rest.PriceOpen);
        var exit = Assert.Single(await Connector.GetDealsAsync(since, Ct), d => ClientOrderTag.Matches(d.Comment, closeTag));
        Assert.Equal(position.Ticket, exit.PositionTicket);
        Assert.Equal(DealEntry.Out, exit.Entry);
        Assert.Equal(symbol.VolumeMin, exit.Volume);
    }

    [Fact]
    public async Task ModifyPosition_SetThenRemoveStops_PositionsShowTheLevels()
    {
        var symbol = await SymbolAsync();
        var position = await OpenAsync(PositionSide.Buy, symbol.VolumeMin);
        var quote = await QuoteAsync();
        var distance = (symbol.StopsLevel + 100) * symbol.Point;
        var stopLoss = OnTick(quote.Bid - distance, symbol);
        var takeProfit = OnTick(quote.Ask + distance, symbol);

        var set = await Connector.ModifyPositionAsync(new BrokerModifyRequest(position.Ticket, stopLoss, takeProfit), Ct);

        Assert.Equal(TradeResultCode.Done, set.Code);
        var modified = Assert.Single(await Connector.GetPositionsAsync(Ct), p => p.Ticket == position.Ticket);
        Assert.Equal(stopLoss, modified.StopLoss);
        Assert.Equal(takeProfit, modified.TakeProfit);

        var removed = await Connector.ModifyPositionAsync(new BrokerModifyRequest(position.Ticket, null, null), Ct);

        Assert.Equal(TradeResultCode.Done, removed.Code);
        var cleared = Assert.Single(await Connector.GetPositionsAsync(Ct), p => p.Ticket == position.Ticket);
        Assert.Null(cleared.StopLoss);
        Assert.Null(cleared.TakeProfit);
    }

    [Fact]
    public async Task PlaceOrder_PendingBuyLimitThenCancel_ListedThenGone()
    {
        var symbol = await SymbolAsync();
        var quote = await QuoteAsync();
        var price = OnTick(quote.Ask - ((symbol.StopsLevel + 200) * symbol.Point), symbol);
        var tag = NewTag();

        var placed = await Connector.PlaceOrderAsync(
            new BrokerOrderRequest(Symbol, PositionSide.Buy, OrderType.Limit, symbol.VolumeMin, price, null, null, tag), Ct);

        Assert.Equal(TradeResultCode.Placed, placed.Code);
        var order = Assert.Single(await Connector.GetPendingOrdersAsync(Ct), o => ClientOrderTag.Matches(o.Comment, tag));
        Assert.Equal(placed.OrderTicket, order.Ticket);
        Assert.Equal(PositionSide.Buy, order.Direction);
        Assert.Equal(OrderType.Limit, order.Type);
        Assert.Equal(price, order.Price);
        Assert.Equal(symbol.VolumeMin, order.Volume);
        Assert.Equal(Symbol, order.Symbol);

        var cancelled = await Connector.CancelOrderAsync(new BrokerCancelRequest(order.Ticket), Ct);

        Assert.True(cancelled.IsSuccess, cancelled.Message);
        Assert.DoesNotContain(await Connector.GetPendingOrdersAsync(Ct), o => o.Ticket == order.Ticket);
        Assert.DoesNotContain(await Connector.GetPositionsAsync(Ct), p => ClientOrderTag.Matches(p.Comment, tag));
    }

    [Theory]
    [InlineData("off step")]
    [InlineData("below minimum")]
    public async Task PlaceOrder_InvalidVolume_RefusedAndNothingOpened(string kind)
    {
        var symbol = await SymbolAsync();
        var volume = kind == "off step" ? symbol.VolumeMin + (symbol.VolumeStep / 2) : symbol.VolumeMin / 2;
        var tag = NewTag();

        var result = await Connector.PlaceOrderAsync(Market(PositionSide.Buy, volume, tag), Ct);

        Assert.Equal(TradeResultCode.InvalidVolume, result.Code);
        Assert.False(result.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        Assert.Empty(await PositionsInSymbolAsync());
    }

    [Fact]
    public async Task PlaceOrder_StopLossAboveBuyPrice_InvalidStopsAndNothingOpened()
    {
        var symbol = await SymbolAsync();
        var quote = await QuoteAsync();
        var wrongSide = OnTick(quote.Ask + ((symbol.StopsLevel + 100) * symbol.Point), symbol);

        var result = await Connector.PlaceOrderAsync(Market(PositionSide.Buy, symbol.VolumeMin, NewTag()) with { StopLoss = wrongSide }, Ct);

        Assert.Equal(TradeResultCode.InvalidStops, result.Code);
        Assert.Empty(await PositionsInSymbolAsync());
    }

    [Fact]
    public async Task GetDeals_SinceBeforeRoundTrip_InAndOutDealsWithTagsOldestFirst()
    {
        var symbol = await SymbolAsync();
        var since = DateTimeOffset.UtcNow.AddSeconds(-2);
        var openTag = NewTag();
        var opened = await Connector.PlaceOrderAsync(Market(PositionSide.Sell, symbol.VolumeMin, openTag), Ct);
        var ticket = opened.PositionTicket ?? throw new InvalidOperationException(opened.Message);
        var closeTag = NewTag();
        await Connector.ClosePositionAsync(new BrokerCloseRequest(ticket, null, closeTag), Ct);

        var deals = (await Connector.GetDealsAsync(since, Ct)).Where(d => d.PositionTicket == ticket).ToList();

        Assert.Equal(2, deals.Count);
        Assert.Equal(DealEntry.In, deals[0].Entry);
        Assert.True(ClientOrderTag.Matches(deals[0].Comment, openTag));
        Assert.Equal(PositionSide.Sell, deals[0].Direction);
        Assert.Equal(opened.Price, deals[0].Price);
        Assert.Equal(DealEntry.Out, deals[1].Entry);
        Assert.True(ClientOrderTag.Matches(deals[1].Comment, closeTag));
        Assert.Equal(PositionSide.Buy, deals[1].Direction);
        Assert.True(deals[0].Time <= deals[1].Time);
        Assert.All(deals, d => Assert.True(d.Time >= since.AddSeconds(-1), $"deal at {d.Time:O} is before {since:O}"));
        Assert.DoesNotContain(await Connector.GetDealsAsync(DateTimeOffset.UtcNow.AddHours(1), Ct), d => d.PositionTicket == ticket);
    }

    [Fact]
    public async Task GetAccountInfo_AfterRoundTrip_BalanceMovesByTheRealizedResult()
    {
        var symbol = await SymbolAsync();
        var since = DateTimeOffset.UtcNow.AddSeconds(-2);
        var before = await Connector.GetAccountInfoAsync(Ct);
        var position = await OpenAsync(PositionSide.Buy, symbol.VolumeMin);
        await MoveMarketAsync();
        var closed = await Connector.ClosePositionAsync(new BrokerCloseRequest(position.Ticket, null, NewTag()), Ct);
        Assert.Equal(TradeResultCode.Done, closed.Code);

        var realized = (await Connector.GetDealsAsync(since, Ct))
            .Where(d => d.PositionTicket == position.Ticket)
            .Sum(d => d.Profit + d.Commission + d.Swap);
        var after = await Connector.GetAccountInfoAsync(Ct);

        Assert.NotEqual(0m, realized);
        Assert.Equal(before.Balance + realized, after.Balance);
        Assert.Equal(before.Currency, after.Currency);
        Assert.True(after.Leverage > 0);
    }

    [Fact]
    public async Task GetSymbol_KnownAndUnknown_SpecOrNull()
    {
        var symbol = await SymbolAsync();

        Assert.Equal(Symbol, symbol.Name);
        Assert.Equal(1m / (decimal)Math.Pow(10, symbol.Digits), symbol.Point);
        Assert.True(symbol.VolumeMax >= symbol.VolumeMin);
        Assert.Null(await Connector.GetSymbolAsync("NOSUCHSYMBOL", Ct));
        Assert.Null(await Connector.GetQuoteAsync("NOSUCHSYMBOL", Ct));
    }

    [Fact]
    public async Task GetQuote_Symbol_BidBelowAskInUtc()
    {
        var quote = await QuoteAsync();

        Assert.Equal(Symbol, quote.Symbol);
        Assert.True(quote.Bid > 0m && quote.Bid < quote.Ask, $"bid {quote.Bid}, ask {quote.Ask}");
        Assert.Equal(TimeSpan.Zero, quote.Time.Offset);
    }

    [Fact]
    public async Task GetCandles_M1_OldestFirstAndAtMostTheCount()
    {
        var candles = await Connector.GetCandlesAsync(Symbol, Timeframe.M1, 20, Ct);

        Assert.NotEmpty(candles);
        Assert.True(candles.Count <= 20);
        Assert.All(candles, c => Assert.Equal(Symbol, c.Symbol));
        Assert.All(candles, c => Assert.True(c.Low <= c.Open && c.Open <= c.High && c.Low <= c.Close && c.Close <= c.High));
        Assert.Equal(candles.OrderBy(c => c.Time).Select(c => c.Time), candles.Select(c => c.Time));
        Assert.All(candles.SkipLast(1), c => Assert.True(c.IsComplete));
    }

    protected static string NewTag() => ClientOrderTag.For(Guid.NewGuid().ToString("N"));

    protected static decimal OnTick(decimal price, SymbolInfo symbol) =>
        Math.Round(price / symbol.TickSize, MidpointRounding.AwayFromZero) * symbol.TickSize;

    protected BrokerOrderRequest Market(PositionSide side, decimal volume, string tag) =>
        new(Symbol, side, OrderType.Market, volume, null, null, null, tag);

    protected async Task<SymbolInfo> SymbolAsync() =>
        await Connector.GetSymbolAsync(Symbol, Ct) ?? throw new InvalidOperationException($"The connector does not know {Symbol}.");

    protected async Task<BrokerQuote> QuoteAsync() =>
        await Connector.GetQuoteAsync(Symbol, Ct) ?? throw new InvalidOperationException($"The connector has no quote for {Symbol}.");

    protected async Task<BrokerPosition> OpenAsync(PositionSide side, decimal volume)
    {
        var tag = NewTag();
        var result = await Connector.PlaceOrderAsync(Market(side, volume, tag), Ct);
        Assert.True(result.Code == TradeResultCode.Done, $"open refused: {result.Code} {result.Message}");
        return await PositionTaggedAsync(tag);
    }

    protected async Task<BrokerPosition> PositionTaggedAsync(string tag) =>
        Assert.Single(await Connector.GetPositionsAsync(Ct), p => ClientOrderTag.Matches(p.Comment, tag));

    protected async Task<IReadOnlyList<BrokerPosition>> PositionsInSymbolAsync() =>
        [.. (await Connector.GetPositionsAsync(Ct)).Where(p => string.Equals(p.Symbol, Symbol, StringComparison.OrdinalIgnoreCase))];

    private async Task FlattenAsync()
    {
        foreach (var order in (await Connector.GetPendingOrdersAsync(Ct)).Where(o => string.Equals(o.Symbol, Symbol, StringComparison.OrdinalIgnoreCase)))
        {
            await Connector.CancelOrderAsync(new BrokerCancelRequest(order.Ticket), Ct);
        }

        foreach (var position in await PositionsInSymbolAsync())
        {
            await Connector.ClosePositionAsync(new BrokerCloseRequest(position.Ticket, null, NewTag()), Ct);
        }
    }
}
