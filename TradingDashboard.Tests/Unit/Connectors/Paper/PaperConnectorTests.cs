using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Connectors.Paper;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Tests.Unit.Connectors.Paper;

public sealed class PaperConnectorTests : IDisposable
{
    private const string Tag = "td1:paper";
    private static readonly Guid AccountId = Guid.Parse("5a1b2c3d-0000-4000-8000-000000000001");
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, SymbolInfo> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EURUSD"] = new("EURUSD", 5, 0.00001m, 0.00001m, 1m, 100_000m, 0.01m, 100m, 0.01m, 10, "EUR", "USD", "EUR"),
        ["USDJPY"] = new("USDJPY", 3, 0.001m, 0.001m, 0.66m, 100_000m, 0.01m, 100m, 0.01m, 10, "USD", "JPY", "USD"),
    };

    private readonly LastValueCache _cache = new();
    private readonly MarketHub _hub;
    private readonly List<string> _symbolCalls = [];
    private readonly PaperConnector _paper;

    public PaperConnectorTests()
    {
        _hub = new MarketHub(_cache, Options.Create(new StreamingOptions()));
        var candles = new List<Candle> { new(AccountId, "EURUSD", Timeframe.M1, Now, 1.1m, 1.2m, 1.0m, 1.1m, 5, 10, 0, true) };
        var source = new PaperMarketSource(
            (symbol, _) =>
            {
                lock (_symbolCalls)
                {
                    _symbolCalls.Add(symbol);
                }

                return Task.FromResult(Symbols.GetValueOrDefault(symbol));
            },
            (_, _, count, _) => Task.FromResult<IReadOnlyList<Candle>>([.. candles.Take(count)]));
        var account = new Account { Id = AccountId, DisplayName = "Paper", Platform = Platform.Mt5, BrokerLogin = "5001234", Currency = "USD" };
        _paper = new PaperConnector(account, source, _hub, _cache, new ConnectorOptions { PaperBalance = 5_000m, PaperLeverage = 50 }, TimeProvider.System, NullLogger.Instance);
    }

    public void Dispose() => _paper.Dispose();

    [Fact]
    public async Task New_PaperAccount_StartsWithThePaperBalanceLeverageAndCapabilities()
    {
        var info = await _paper.GetAccountInfoAsync(CancellationToken.None);

        Assert.Equal(new BrokerAccountInfo("5001234", "USD", 5_000m, 5_000m, 0m, 5_000m, 50, TradeAllowed: true, Hedging: true), info);
        Assert.Equal(new BrokerCapabilities(Streaming: true, PendingOrders: true, PartialClose: true, Hedging: true), _paper.Capabilities);
        Assert.Equal("5001234", _paper.Login);
    }

    [Fact]
    public async Task PlaceOrderAsync_MarketBuy_FillsAtTheLiveAskOfTheAccountsPriceGroup()
    {
        Quote("EURUSD", 1.10000m, 1.10010m);

        var result = await _paper.PlaceOrderAsync(Buy("eurusd", 0.10m), CancellationToken.None);

        Assert.Equal((TradeResultCode.Done, Mt5Retcodes.Done, 1.10010m), (result.Code, result.Retcode, result.Price));
        var position = Assert.Single(await _paper.GetPositionsAsync(CancellationToken.None));
        Assert.Equal((result.PositionTicket!.Value, "EURUSD", 1.10010m, 1.10000m, -1.00m, Tag), (position.Ticket, position.Symbol, position.PriceOpen, position.PriceCurrent, position.Profit, position.Comment));
        var info = await _paper.GetAccountInfoAsync(CancellationToken.None);

        // Margin 0.10 × 100,000 × 1.10010 / 50 = 220.02.
        Assert.Equal((5_000m, 4_999.00m, 220.02m), (info.Balance, info.Equity, info.Margin));
    }

    [Fact]
    public async Task PlaceOrderAsync_NoQuoteYet_PriceOffAndNoPosition()
    {
        var result = await _paper.PlaceOrderAsync(Buy("EURUSD", 0.10m), CancellationToken.None);

        Assert.Equal((TradeResultCode.PriceOff, Mt5Retcodes.PriceOff), (result.Code, result.Retcode));
        Assert.Empty(await _paper.GetPositionsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task PlaceOrderAsync_QuoteOfAnotherAccount_NotUsed()
    {
        _hub.Publish(new QuoteUpdate(GroupKeys.Prices(Guid.NewGuid(), "EURUSD"), Now, Tick("EURUSD", 1.1m, 1.1001m), 1.1m));

        Assert.Equal(Mt5Retcodes.PriceOff, (await _paper.PlaceOrderAsync(Buy("EURUSD", 0.10m), CancellationToken.None)).Retcode);
    }

    [Fact]
    public async Task PlaceOrderAsync_SymbolTheBrokerDoesNotHave_Invalid10013()
    {
        var result = await _paper.PlaceOrderAsync(Buy("DOGEJPY", 0.10m), CancellationToken.None);

        Assert.Equal(Mt5Retcodes.Invalid, result.Retcode);
    }

    [Fact]
    public async Task PlaceOrderAsync_VolumeOffStep_InvalidVolume()
    {
        Quote("EURUSD", 1.10000m, 1.10010m);

        Assert.Equal(Mt5Retcodes.InvalidVolume, (await _paper.PlaceOrderAsync(Buy("EURUSD", 0.015m), CancellationToken.None)).Retcode);
    }

    [Fact]
    public async Task StopLoss_ALiveQuoteReachesIt_TheConnectorClosesThePositionAtTheBid()
    {
        Quote("EURUSD", 1.10000m, 1.10010m);
        var ticket = (await _paper.PlaceOrderAsync(Buy("EURUSD", 0.10m) with { StopLoss = 1.09900m }, CancellationToken.None)).PositionTicket;

        Quote("EURUSD", 1.09890m, 1.09900m);

        await EventuallyAsync(async () => (await _paper.GetPositionsAsync(CancellationToken.None)).Count == 0);
        var exit = (await _paper.GetDealsAsync(DateTimeOffset.MinValue, CancellationToken.None))[^1];
        Assert.Equal((ticket!.Value, DealEntry.Out, DealReason.StopLoss, 1.09890m, -12.00m), (exit.PositionTicket, exit.Entry, exit.Reason, exit.Price, exit.Profit));
        Assert.Equal(4_988.00m, (await _paper.GetAccountInfoAsync(CancellationToken.None)).Balance);
    }

    [Fact]
    public async Task PendingBuyLimit_ALiveQuoteReachesIt_BecomesAPositionWithTheOrdersTicketAndTag()
    {
        Quote("EURUSD", 1.10000m, 1.10010m);
        var placed = await _paper.PlaceOrderAsync(
            new BrokerOrderRequest("EURUSD", PositionSide.Buy, OrderType.Limit, 0.20m, 1.09500m, null, null, Tag, Magic: 4), CancellationToken.None);
        Assert.Equal(Mt5Retcodes.Placed, placed.Retcode);
        Assert.Single(await _paper.GetPendingOrdersAsync(CancellationToken.None));

        Quote("EURUSD", 1.09480m, 1.09490m);

        await EventuallyAsync(async () => (await _paper.GetPositionsAsync(CancellationToken.None)).Count == 1);
        var position = (await _paper.GetPositionsAsync(CancellationToken.None)).Single();
        Assert.Equal((placed.OrderTicket!.Value, 1.09490m, Tag, 4L), (position.Ticket, position.PriceOpen, position.Comment, position.Magic));
        Assert.Empty(await _paper.GetPendingOrdersAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ClosePositionAsync_PartThenRest_SameTicketAndTheBalanceTakesEachProfit()
    {
        Quote("EURUSD", 1.10000m, 1.10010m);
        var ticket = (await _paper.PlaceOrderAsync(Buy("EURUSD", 0.30m), CancellationToken.None)).PositionTicket!.Value;
        Quote("EURUSD", 1.10510m, 1.10520m);

        var part = await _paper.ClosePositionAsync(new BrokerCloseRequest(ticket, 0.10m, "td1:part"), CancellationToken.None);
        var remaining = (await _paper.GetPositionsAsync(CancellationToken.None)).Single();
        var rest = await _paper.ClosePositionAsync(new BrokerCloseRequest(ticket, null, "td1:rest"), CancellationToken.None);

        Assert.Equal((ticket, 0.20m), (remaining.Ticket, remaining.Volume));
        Assert.Equal((50.00m, 100.00m), ((await Deal(part.DealTicket)).Profit, (await Deal(rest.DealTicket)).Profit));
        Assert.Empty(await _paper.GetPositionsAsync(CancellationToken.None));
        Assert.Equal(5_150.00m, (await _paper.GetAccountInfoAsync(CancellationToken.None)).Balance);
    }

    [Fact]
    public async Task ModifyAndCancel_GoThroughTheBook()
    {
        Quote("EURUSD", 1.10000m, 1.10010m);
        var ticket = (await _paper.PlaceOrderAsync(Buy("EURUSD", 0.10m), CancellationToken.None)).PositionTicket!.Value;
        var order = (await _paper.PlaceOrderAsync(new BrokerOrderRequest("EURUSD", PositionSide.Sell, OrderType.Stop, 0.10m, 1.09000m, null, null, Tag), CancellationToken.None)).OrderTicket!.Value;

        var modified = await _paper.ModifyPositionAsync(new BrokerModifyRequest(ticket, 1.09500m, 1.11000m), CancellationToken.None);
        var wrongSide = await _paper.ModifyPositionAsync(new BrokerModifyRequest(ticket, 1.10500m, null), CancellationToken.None);
        var cancelled = await _paper.CancelOrderAsync(new BrokerCancelRequest(order), CancellationToken.None);

        Assert.Equal((Mt5Retcodes.Done, Mt5Retcodes.InvalidStops, Mt5Retcodes.Done), (modified.Retcode, wrongSide.Retcode, cancelled.Retcode));
        Assert.Equal((decimal?)1.09500m, (await _paper.GetPositionsAsync(CancellationToken.None)).Single().StopLoss);
        Assert.Empty(await _paper.GetPendingOrdersAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ClosePositionAsync_UsdJpy_ProfitConvertedThroughTheLiveUsdJpyQuote()
    {
        Quote("USDJPY", 150.000m, 150.014m);
        var ticket = (await _paper.PlaceOrderAsync(Buy("USDJPY", 0.20m) with { Direction = PositionSide.Sell }, CancellationToken.None)).PositionTicket!.Value;
        Quote("USDJPY", 149.486m, 149.500m);

        var close = await _paper.ClosePositionAsync(new BrokerCloseRequest(ticket, null, "td1:jpy"), CancellationToken.None);

        // 10,000 JPY at a mid of 149.493, not at the symbol's stale tick value.
        Assert.Equal(66.89m, (await Deal(close.DealTicket)).Profit);
    }

    [Fact]
    public async Task Reads_QuoteFromTheHubSymbolAndCandlesFromTheSource()
    {
        Quote("EURUSD", 1.10000m, 1.10010m);

        var quote = await _paper.GetQuoteAsync("eurusd", CancellationToken.None);
        var symbol = await _paper.GetSymbolAsync("EURUSD", CancellationToken.None);
        var candles = await _paper.GetCandlesAsync("EURUSD", Timeframe.M1, 10, CancellationToken.None);

        Assert.Equal(new BrokerQuote("EURUSD", 1.10000m, 1.10010m, Now), quote);
        Assert.Null(await _paper.GetQuoteAsync("GBPUSD", CancellationToken.None));
        Assert.Same(Symbols["EURUSD"], symbol);
        Assert.Single(candles);
    }

    [Fact]
    public void Dispose_StopsWatchingTheHub()
    {
        var before = _hub.SubscriberCount;

        _paper.Dispose();

        Assert.Equal((1, 0), (before, _hub.SubscriberCount));
    }

    private static BrokerOrderRequest Buy(string symbol, decimal volume) =>
        new(symbol, PositionSide.Buy, OrderType.Market, volume, null, null, null, Tag);

    private static Tick Tick(string symbol, decimal bid, decimal ask) =>
        new(AccountId, symbol, bid, ask, 0m, 0m, Now, Now.ToUnixTimeMilliseconds(), 6);

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The paper connector did not react to the quote within 10 s.");
            await Task.Delay(20);
        }
    }

    private void Quote(string symbol, decimal bid, decimal ask) =>
        _hub.Publish(new QuoteUpdate(GroupKeys.Prices(AccountId, symbol), Now, Tick(symbol, bid, ask), bid));

    private async Task<BrokerDeal> Deal(long? ticket) =>
        (await _paper.GetDealsAsync(DateTimeOffset.MinValue, CancellationToken.None)).Single(d => d.Ticket == ticket);
}
