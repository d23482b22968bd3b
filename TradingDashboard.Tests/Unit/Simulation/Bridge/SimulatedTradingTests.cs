using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Simulation.Bridge;
using TradingDashboard.Core.Simulation.Bridge.Trading;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Unit.Simulation.Bridge;

public class SimulatedTradingTests
{
    private readonly SimulatedTrading _trading;

    public SimulatedTradingTests()
    {
        var options = SimulatorFixtures.Options();
        options.Trading.FillDelayMs = 0;
        options.Trading.ClosedSymbols.Add("XAGUSD");
        _trading = new SimulatedTrading(SimulatorFixtures.Runtime(options), new ManualTimeProvider(SimulatorFixtures.Start));
    }

    [Fact]
    public async Task PlaceOrderAsync_MarketBuyInAnyCasing_FilledAtTheAskAndListedInBrokerCasing()
    {
        var result = (await _trading.PlaceOrderAsync("1001", new BridgeOrderRequest("eurusd", 0, 0.10m, null, null, null, 20, 0, "td1:unit"))).Value!;

        Assert.Equal(Mt5Retcodes.Done, result.Retcode);
        Assert.Equal(result.Ask, result.Price);
        var position = _trading.GetPositions("1001").Value!.Positions.Single(p => p.Comment == "td1:unit");
        Assert.Equal((result.Position, "EURUSD", 0, result.Price, 0m, 0m), (position.Ticket, position.Symbol, position.Type, position.PriceOpen, position.Sl, position.Tp));
    }

    [Theory]
    [InlineData(null, 0, "0.1", "t", "symbol is required")]
    [InlineData("EURUSD", null, "0.1", "t", "type is required")]
    [InlineData("EURUSD", 6, "0.1", "t", "type is required")]
    [InlineData("EURUSD", 0, null, "t", "volume is required")]
    [InlineData("EURUSD", 0, "0.1", null, "comment")]
    public async Task PlaceOrderAsync_MalformedRequest_Invalid(string? symbol, int? type, string? volume, string? comment, string message)
    {
        var outcome = await _trading.PlaceOrderAsync("1001", new BridgeOrderRequest(symbol, type, volume is null ? null : decimal.Parse(volume, System.Globalization.CultureInfo.InvariantCulture), null, null, null, null, null, comment));

        Assert.Equal(BridgeErrorCode.Invalid, outcome.Error);
        Assert.Contains(message, outcome.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XAGUSD", Mt5Retcodes.MarketClosed)]
    [InlineData("DOGEJPY", Mt5Retcodes.Invalid)]
    public async Task PlaceOrderAsync_BrokerRefusal_OkWithTheRetcode(string symbol, int retcode)
    {
        var outcome = await _trading.PlaceOrderAsync("1001", new BridgeOrderRequest(symbol, 1, 0.10m, null, null, null, null, null, "td1:x"));

        Assert.Equal(retcode, outcome.Value!.Retcode);
    }

    [Fact]
    public async Task PlaceOrderAsync_TerminalDisconnected_Connection10031()
    {
        var options = SimulatorFixtures.Options();
        var runtime = SimulatorFixtures.Runtime(options);
        runtime.Broker.FindByLogin("1001")!.TerminalConnected = false;
        var trading = new SimulatedTrading(runtime, new ManualTimeProvider(SimulatorFixtures.Start));

        var outcome = await trading.PlaceOrderAsync("1001", new BridgeOrderRequest("EURUSD", 0, 0.10m, null, null, null, null, null, "td1:x"));

        Assert.Equal(Mt5Retcodes.Connection, outcome.Value!.Retcode);
        Assert.DoesNotContain(trading.GetPositions("1001").Value!.Positions, p => p.Comment == "td1:x");
    }

    [Fact]
    public async Task PlaceOrderAsync_UnknownAccount_NotFound()
    {
        Assert.Equal(BridgeErrorCode.NotFound, (await _trading.PlaceOrderAsync("999", new BridgeOrderRequest("EURUSD", 0, 0.1m, null, null, null, null, null, "t"))).Error);
    }

    [Fact]
    public async Task PendingOrder_PlacedListedAsMt5TypeThenCancelled()
    {
        var bid = _trading.GetSymbol("1001", "EURUSD").Value!.Bid;
        var placed = (await _trading.PlaceOrderAsync("1001", new BridgeOrderRequest("EURUSD", 3, 0.20m, bid + 0.01000m, null, null, null, 8, "td1:limit"))).Value!;

        var order = _trading.GetOrders("1001").Value!.Orders.Single();
        var cancel = _trading.CancelOrder("1001", placed.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value!;
        var again = _trading.CancelOrder("1001", placed.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value!;

        Assert.Equal(Mt5Retcodes.Placed, placed.Retcode);
        Assert.Equal((placed.Order, 3, 0.20m, 0.20m, bid + 0.01000m, 8L, "td1:limit"), (order.Ticket, order.Type, order.VolumeInitial, order.VolumeCurrent, order.PriceOpen, order.Magic, order.Comment));
        Assert.Equal((Mt5Retcodes.Done, Mt5Retcodes.Invalid), (cancel.Retcode, again.Retcode));
        Assert.Empty(_trading.GetOrders("1001").Value!.Orders);
    }

    [Fact]
    public async Task ClosePositionAsync_PartThenRest_DealsListedWithEntriesAndTheTag()
    {
        var ticket = _trading.GetPositions("1001").Value!.Positions.Single(p => p.Symbol == "EURUSD").Ticket.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var part = (await _trading.ClosePositionAsync("1001", ticket, new BridgeCloseRequest(0.04m, null, null, "td1:part"))).Value!;
        var rest = (await _trading.ClosePositionAsync("1001", ticket, new BridgeCloseRequest(null, null, null, "td1:rest"))).Value!;
        var gone = (await _trading.ClosePositionAsync("1001", ticket, new BridgeCloseRequest(null, null, null, "td1:gone"))).Value!;

        Assert.Equal((Mt5Retcodes.Done, 0.04m, Mt5Retcodes.Done, 0.06m), (part.Retcode, part.Volume, rest.Retcode, rest.Volume));
        Assert.Equal(Mt5Retcodes.PositionClosed, gone.Retcode);
        var deals = _trading.GetDeals("1001", "0").Value!.Deals.Where(d => d.PositionId == part.Position).ToList();
        Assert.Equal([(0, ""), (1, "td1:part"), (1, "td1:rest")], deals.Select(d => (d.Entry, d.Comment)));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("0")]
    public void CancelOrder_BadTicket_Invalid(string ticket)
    {
        Assert.Equal(BridgeErrorCode.Invalid, _trading.CancelOrder("1001", ticket).Error);
    }

    [Fact]
    public void ModifyPosition_MissingLevel_Invalid()
    {
        Assert.Equal(BridgeErrorCode.Invalid, _trading.ModifyPosition("1001", "1", new BridgeModifyRequest(1.1m, null)).Error);
    }

    [Fact]
    public void GetSymbol_UsdJpyOnAnEurAccount_TickValueConvertedAtTheCurrentRates()
    {
        var symbol = _trading.GetSymbol("1002", "usdjpy").Value!;

        Assert.Equal(("USDJPY", 3, 0.001m, 0.001m, 100_000m), (symbol.Name, symbol.Digits, symbol.Point, symbol.TradeTickSize, symbol.TradeContractSize));
        Assert.Equal((0.01m, 100m, 0.01m, 10), (symbol.VolumeMin, symbol.VolumeMax, symbol.VolumeStep, symbol.TradeStopsLevel));
        Assert.Equal(("USD", "JPY", "USD"), (symbol.CurrencyBase, symbol.CurrencyProfit, symbol.CurrencyMargin));

        // 100 JPY per tick and lot, in EUR: 100 / USDJPY / EURUSD.
        var eurUsd = _trading.GetSymbol("1002", "EURUSD").Value!;
        var expected = 100m / ((symbol.Bid + symbol.Ask) / 2m) / ((eurUsd.Bid + eurUsd.Ask) / 2m);
        Assert.Equal(Math.Round(expected, 6), Math.Round(symbol.TradeTickValue, 6));
        Assert.True(symbol.Ask > symbol.Bid);
    }

    [Fact]
    public void GetSymbol_Unknown_NotFound()
    {
        Assert.Equal(BridgeErrorCode.NotFound, _trading.GetSymbol("1001", "NOPE").Error);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-1")]
    [InlineData("99999999999999")]
    public void GetDeals_MalformedFrom_Invalid(string from)
    {
        Assert.Equal(BridgeErrorCode.Invalid, _trading.GetDeals("1001", from).Error);
    }

    [Fact]
    public void GetDeals_FromInTheFuture_Empty()
    {
        var from = SimulatorFixtures.Start.AddDays(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Empty(_trading.GetDeals("1001", from).Value!.Deals);
        Assert.Equal(2, _trading.GetDeals("1001", null).Value!.Count);
    }
}
