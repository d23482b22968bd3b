using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TradingDashboard.Core.Connectors;

namespace TradingDashboard.Tests.Integration.Simulation;

/// <summary>The trading paths of docs/bridge-openapi.yaml over HTTP on 127.0.0.1.</summary>
public class BridgeSimulatorTradingTests(BridgeSimulatorApiFixture fixture) : IClassFixture<BridgeSimulatorApiFixture>
{
    private const string Account = "/api/mt5/account/2001";
    private static readonly string RoutedId = BridgeSimulatorApiFixture.RoutedAccountId.ToString();
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task GetSymbol_EurUsdInAnyCasing_FullMt5SpecificationWithTheCurrentTick()
    {
        var symbol = (await _client.GetJsonAsync($"{Account}/symbols/eurusd")).Ok();

        Assert.Equal(("EURUSD", 5, 0.00001m, 0.00001m, 1m, 100_000m), (symbol.GetProperty("name").GetString(), symbol.GetProperty("digits").GetInt32(),
            symbol.GetProperty("point").GetDecimal(), symbol.GetProperty("trade_tick_size").GetDecimal(), symbol.GetProperty("trade_tick_value").GetDecimal(),
            symbol.GetProperty("trade_contract_size").GetDecimal()));
        Assert.Equal((0.01m, 100m, 0.01m, 10), (symbol.GetProperty("volume_min").GetDecimal(), symbol.GetProperty("volume_max").GetDecimal(),
            symbol.GetProperty("volume_step").GetDecimal(), symbol.GetProperty("trade_stops_level").GetInt32()));
        Assert.Equal(("EUR", "USD", "EUR"), (symbol.GetProperty("currency_base").GetString(), symbol.GetProperty("currency_profit").GetString(), symbol.GetProperty("currency_margin").GetString()));
        Assert.True(symbol.GetProperty("ask").GetDecimal() > symbol.GetProperty("bid").GetDecimal());
        Assert.True(symbol.GetProperty("time").GetInt64() > 0);
    }

    [Fact]
    public async Task GetSymbol_Unknown_NotFound()
    {
        var (status, body) = await _client.GetJsonAsync($"{Account}/symbols/DOGEJPY");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("DOGEJPY", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceMarketBuy_WithStops_PositionDealAndSnapshotCarryTheTagStopsAndFillPrice()
    {
        var bid = await BidAsync("EURUSD");
        var (sl, tp) = (bid - 0.01000m, bid + 0.01000m);

        var result = (await PlaceAsync("EURUSD", 0, 0.10m, "td1:it-buy", sl: sl, tp: tp)).Ok();

        Assert.Equal(Mt5Retcodes.Done, result.GetProperty("retcode").GetInt32());
        var ticket = result.GetProperty("position").GetInt64();
        var price = result.GetProperty("price").GetDecimal();
        Assert.Equal(ticket, result.GetProperty("order").GetInt64());
        Assert.True(result.GetProperty("deal").GetInt64() > 0 && result.GetProperty("ask").GetDecimal() > 0);
        var position = (await _client.GetJsonAsync($"{Account}/positions")).Ok().GetProperty("positions").EnumerateArray().Single(p => p.GetProperty("ticket").GetInt64() == ticket);
        Assert.Equal((0, ticket, 0.10m, price, sl, tp, "td1:it-buy"), (position.GetProperty("type").GetInt32(), position.GetProperty("identifier").GetInt64(),
            position.GetProperty("volume").GetDecimal(), position.GetProperty("price_open").GetDecimal(), position.GetProperty("sl").GetDecimal(),
            position.GetProperty("tp").GetDecimal(), position.GetProperty("comment").GetString()));
        var deal = (await _client.GetJsonAsync($"{Account}/deals?from=0")).Ok().GetProperty("deals").EnumerateArray().Single(d => d.GetProperty("comment").GetString() == "td1:it-buy");
        Assert.Equal((result.GetProperty("deal").GetInt64(), ticket, 0, 0, 0, price), (deal.GetProperty("ticket").GetInt64(), deal.GetProperty("position_id").GetInt64(),
            deal.GetProperty("type").GetInt32(), deal.GetProperty("entry").GetInt32(), deal.GetProperty("reason").GetInt32(), deal.GetProperty("price").GetDecimal()));
        await SimulatorHttp.PublishedAsync(fixture.Publisher, $"account.{RoutedId}.positions.snapshot", payload => payload.GetProperty("positions").EnumerateArray()
            .Any(p => p.GetProperty("ticket").GetInt64() == ticket && p.GetProperty("sl").GetDecimal() == sl && p.GetProperty("tp").GetDecimal() == tp));
    }

    [Fact]
    public async Task BuyThenClose_PositionClosedEventWithBothDealsAndTheBalanceMovesByTheProfit()
    {
        var ticket = (await PlaceAsync("EURUSD", 0, 0.10m, "td1:it-open")).Ok().GetProperty("position").GetInt64();

        var close = (await CloseAsync(ticket, """{"comment": "td1:it-close"}""")).Ok();

        Assert.Equal((Mt5Retcodes.Done, ticket, 0.10m), (close.GetProperty("retcode").GetInt32(), close.GetProperty("position").GetInt64(), close.GetProperty("volume").GetDecimal()));
        var closed = (await SimulatorHttp.PublishedAsync(fixture.Publisher, $"account.{RoutedId}.position.closed", p => p.GetProperty("position_id").GetInt64() == ticket)).Json;
        Assert.Equal("position.closed", closed.GetProperty("type").GetString());
        var deals = closed.GetProperty("payload").GetProperty("deals").EnumerateArray().ToList();
        Assert.Equal([(0, "td1:it-open"), (1, "td1:it-close")], deals.Select(d => (d.GetProperty("entry").GetInt32(), d.GetProperty("comment").GetString())));
        Assert.Equal(close.GetProperty("deal").GetInt64(), deals[1].GetProperty("ticket").GetInt64());
        Assert.Equal("EURUSD", closed.GetProperty("payload").GetProperty("symbol").GetString());
        Assert.DoesNotContain((await _client.GetJsonAsync($"{Account}/positions")).Ok().GetProperty("positions").EnumerateArray(), p => p.GetProperty("ticket").GetInt64() == ticket);

        // The broker's balance is the start balance plus every closing deal's profit, in every read.
        var history = (await _client.GetJsonAsync($"{Account}/trades")).Ok().GetProperty("trades").EnumerateArray().ToList();
        var realized = history.Sum(d => d.GetProperty("profit").GetDecimal());
        Assert.Contains(history, d => d.GetProperty("ticket").GetInt64() == close.GetProperty("deal").GetInt64() && d.GetProperty("entry").GetInt32() == 1);
        Assert.Equal(10_000m + realized, (await _client.GetJsonAsync($"{Account}/balance")).Ok().GetProperty("balance").GetDecimal());
        Assert.Equal(10_000m + realized, (await _client.GetJsonAsync($"{Account}/info")).Ok().GetProperty("live_data").GetProperty("balance").GetDecimal());
    }

    [Fact]
    public async Task PartialClose_SameTicketWithTheRestAndNoPositionClosed()
    {
        var ticket = (await PlaceAsync("EURUSD", 1, 0.10m, "td1:it-part")).Ok().GetProperty("position").GetInt64();

        var part = (await CloseAsync(ticket, """{"volume": 0.04, "comment": "td1:it-part-close"}""")).Ok();

        Assert.Equal((Mt5Retcodes.Done, 0.04m), (part.GetProperty("retcode").GetInt32(), part.GetProperty("volume").GetDecimal()));
        var position = (await _client.GetJsonAsync($"{Account}/positions")).Ok().GetProperty("positions").EnumerateArray().Single(p => p.GetProperty("ticket").GetInt64() == ticket);
        Assert.Equal(0.06m, position.GetProperty("volume").GetDecimal());

        // A snapshot after the partial close comes in the same step as any closure would: none was sent.
        await SimulatorHttp.PublishedAsync(fixture.Publisher, $"account.{RoutedId}.positions.snapshot", p => p.GetProperty("positions").EnumerateArray()
            .Any(x => x.GetProperty("ticket").GetInt64() == ticket && x.GetProperty("volume").GetDecimal() == 0.06m));
        Assert.DoesNotContain(fixture.Publisher.Messages, m => m.Type == "position.closed" && m.Json.GetProperty("payload").GetProperty("position_id").GetInt64() == ticket);
        var tooMuch = (await CloseAsync(ticket, """{"volume": 0.07, "comment": "td1:it-part-close"}""")).Ok();
        Assert.Equal(Mt5Retcodes.InvalidVolume, tooMuch.GetProperty("retcode").GetInt32());
    }

    [Fact]
    public async Task Modify_SetsTheStopsThenTheSameStopsAreNoChangeAndAWrongSideIsInvalid()
    {
        var ticket = (await PlaceAsync("EURUSD", 0, 0.10m, "td1:it-modify")).Ok().GetProperty("position").GetInt64();
        var bid = await BidAsync("EURUSD");
        var body = string.Create(CultureInfo.InvariantCulture, $$"""{"sl": {{bid - 0.01000m}}, "tp": {{bid + 0.01000m}}}""");

        var modified = (await _client.PostJsonAsync($"{Account}/positions/{ticket}/modify", body)).Ok();
        var same = (await _client.PostJsonAsync($"{Account}/positions/{ticket}/modify", body)).Ok();
        var wrongSide = (await _client.PostJsonAsync($"{Account}/positions/{ticket}/modify", string.Create(CultureInfo.InvariantCulture, $$"""{"sl": {{bid + 0.01000m}}, "tp": 0}"""))).Ok();
        var removed = (await _client.PostJsonAsync($"{Account}/positions/{ticket}/modify", """{"sl": 0, "tp": 0}""")).Ok();

        Assert.Equal((Mt5Retcodes.Done, ticket), (modified.GetProperty("retcode").GetInt32(), modified.GetProperty("position").GetInt64()));
        Assert.Equal(Mt5Retcodes.NoChanges, same.GetProperty("retcode").GetInt32());
        Assert.Equal(Mt5Retcodes.InvalidStops, wrongSide.GetProperty("retcode").GetInt32());
        Assert.Equal(Mt5Retcodes.Done, removed.GetProperty("retcode").GetInt32());
        var position = (await _client.GetJsonAsync($"{Account}/positions")).Ok().GetProperty("positions").EnumerateArray().Single(p => p.GetProperty("ticket").GetInt64() == ticket);
        Assert.Equal((0m, 0m), (position.GetProperty("sl").GetDecimal(), position.GetProperty("tp").GetDecimal()));
    }

    [Fact]
    public async Task PendingSellLimit_PlacedListedThenCancelledAndASecondCancelIsInvalid()
    {
        var price = await BidAsync("EURUSD") + 0.01000m;

        var placed = (await PlaceAsync("EURUSD", 3, 0.20m, "td1:it-limit", price: price, magic: 77)).Ok();

        Assert.Equal(Mt5Retcodes.Placed, placed.GetProperty("retcode").GetInt32());
        var ticket = placed.GetProperty("order").GetInt64();
        var order = (await _client.GetJsonAsync($"{Account}/orders")).Ok().GetProperty("orders").EnumerateArray().Single(o => o.GetProperty("ticket").GetInt64() == ticket);
        Assert.Equal((3, 0.20m, 0.20m, price, 77L, "td1:it-limit"), (order.GetProperty("type").GetInt32(), order.GetProperty("volume_initial").GetDecimal(),
            order.GetProperty("volume_current").GetDecimal(), order.GetProperty("price_open").GetDecimal(), order.GetProperty("magic").GetInt64(), order.GetProperty("comment").GetString()));
        var cancel = (await _client.PostJsonAsync($"{Account}/orders/{ticket}/cancel", null)).Ok();
        var again = (await _client.PostJsonAsync($"{Account}/orders/{ticket}/cancel", null)).Ok();
        Assert.Equal((Mt5Retcodes.Done, Mt5Retcodes.Invalid), (cancel.GetProperty("retcode").GetInt32(), again.GetProperty("retcode").GetInt32()));
        Assert.DoesNotContain((await _client.GetJsonAsync($"{Account}/orders")).Ok().GetProperty("orders").EnumerateArray(), o => o.GetProperty("ticket").GetInt64() == ticket);
    }

    [Theory]
    [InlineData("""{"symbol": "EURUSD", "type": 0, "volume": 0.001, "comment": "t"}""", Mt5Retcodes.InvalidVolume)]
    [InlineData("""{"symbol": "EURUSD", "type": 0, "volume": 100, "comment": "t"}""", Mt5Retcodes.NoMoney)]
    [InlineData("""{"symbol": "XAGUSD", "type": 1, "volume": 0.1, "comment": "t"}""", Mt5Retcodes.MarketClosed)]
    [InlineData("""{"symbol": "DOGEJPY", "type": 0, "volume": 0.1, "comment": "t"}""", Mt5Retcodes.Invalid)]
    [InlineData("""{"symbol": "EURUSD", "type": 0, "volume": 0.1, "comment": "td1:0123456789012345678901234567"}""", Mt5Retcodes.Invalid)]
    [InlineData("""{"symbol": "EURUSD", "type": 0, "volume": 0.1, "sl": 5, "comment": "t"}""", Mt5Retcodes.InvalidStops)]
    [InlineData("""{"symbol": "EURUSD", "type": 2, "volume": 0.1, "comment": "t"}""", Mt5Retcodes.InvalidPrice)]
    [InlineData("""{"symbol": "EURUSD", "type": 4, "volume": 0.1, "price": 0.5, "comment": "t"}""", Mt5Retcodes.InvalidPrice)]
    public async Task PlaceOrder_BrokerRefusal_200WithTheMt5Retcode(string body, int retcode)
    {
        var result = (await _client.PostJsonAsync($"{Account}/orders", body)).Ok();

        Assert.Equal(retcode, result.GetProperty("retcode").GetInt32());
        Assert.Equal((0L, 0L), (result.GetProperty("deal").GetInt64(), result.GetProperty("position").GetInt64()));
        Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("comment").GetString()));
    }

    [Fact]
    public async Task Close_UnknownPosition_200WithPositionClosed10036()
    {
        var result = (await CloseAsync(999_999_999, """{"comment": "t"}""")).Ok();

        Assert.Equal(Mt5Retcodes.PositionClosed, result.GetProperty("retcode").GetInt32());
    }

    [Fact]
    public async Task PlaceOrder_TerminalDisconnected_200WithConnection10031()
    {
        (await _client.PostJsonAsync("/mt5/simulator/accounts/2003/terminal", """{"connected": false}""")).Ok();
        try
        {
            var result = (await _client.PostJsonAsync("/api/mt5/account/2003/orders", """{"symbol": "EURUSD", "type": 0, "volume": 0.1, "comment": "td1:offline"}""")).Ok();

            Assert.Equal(Mt5Retcodes.Connection, result.GetProperty("retcode").GetInt32());
        }
        finally
        {
            (await _client.PostJsonAsync("/mt5/simulator/accounts/2003/terminal", """{"connected": true}""")).Ok();
        }

        Assert.DoesNotContain((await _client.GetJsonAsync("/api/mt5/account/2003/positions")).Ok().GetProperty("positions").EnumerateArray(), p => p.GetProperty("comment").GetString() == "td1:offline");
    }

    [Fact]
    public async Task GetDeals_FromInTheFuture_EmptyAndFromZero_Everything()
    {
        var future = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds();

        var none = (await _client.GetJsonAsync($"{Account}/deals?from={future}")).Ok();
        var all = (await _client.GetJsonAsync($"{Account}/deals")).Ok();

        Assert.Equal(0, none.GetProperty("count").GetInt32());
        Assert.True(all.GetProperty("count").GetInt32() >= 2);
        Assert.Equal("2001", all.GetProperty("login").GetString());
    }

    [Theory]
    [InlineData("POST", "/orders", """{"symbol": "EURUSD", "type": 0, """, "Invalid JSON body")]
    [InlineData("POST", "/orders", """{"symbol": "EURUSD", "type": 0, "volume": 0.1}""", "comment")]
    [InlineData("POST", "/orders", """{"symbol": "EURUSD", "type": 9, "volume": 0.1, "comment": "t"}""", "type is required")]
    [InlineData("POST", "/orders", """{"type": 0, "volume": 0.1, "comment": "t"}""", "symbol is required")]
    [InlineData("POST", "/orders", """{"symbol": "EURUSD", "type": 0, "volume": "lots", "comment": "t"}""", "Invalid JSON body")]
    [InlineData("POST", "/positions/abc/close", """{"comment": "t"}""", "ticket must be a positive whole number")]
    [InlineData("POST", "/positions/1/close", """{"volume": 0.1}""", "comment")]
    [InlineData("POST", "/positions/1/modify", """{"sl": 1.1}""", "sl and tp are both required")]
    [InlineData("POST", "/orders/x/cancel", null, "ticket must be a positive whole number")]
    [InlineData("GET", "/deals?from=yesterday", null, "from must be unix seconds")]
    public async Task MalformedRequest_400WithAClearMessage(string method, string path, string? body, string message)
    {
        var (status, error) = method == "GET" ? await _client.GetJsonAsync(Account + path) : await _client.PostJsonAsync(Account + path, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_request", error.GetProperty("error").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceOrder_NotJson_400()
    {
        using var content = new StringContent("symbol=EURUSD", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await _client.PostAsync(new Uri($"{Account}/orders", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("GET", "/positions", null)]
    [InlineData("GET", "/orders", null)]
    [InlineData("GET", "/deals", null)]
    [InlineData("GET", "/symbols/EURUSD", null)]
    [InlineData("POST", "/orders", """{"symbol": "EURUSD", "type": 0, "volume": 0.1, "comment": "t"}""")]
    [InlineData("POST", "/orders/1/cancel", null)]
    [InlineData("POST", "/positions/1/close", """{"comment": "t"}""")]
    [InlineData("POST", "/positions/1/modify", """{"sl": 0, "tp": 0}""")]
    public async Task UnknownAccount_404(string method, string path, string? body)
    {
        var (status, error) = method == "GET"
            ? await _client.GetJsonAsync("/api/mt5/account/999999" + path)
            : await _client.PostJsonAsync("/api/mt5/account/999999" + path, body);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("not_found", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task AccountAddressedByUuid_SameBook()
    {
        var ticket = (await PlaceAsync("GBPUSD", 0, 0.01m, "td1:it-uuid", account: $"/api/mt5/account/{RoutedId}")).Ok().GetProperty("position").GetInt64();

        var byLogin = (await _client.GetJsonAsync($"{Account}/positions")).Ok();

        Assert.Contains(byLogin.GetProperty("positions").EnumerateArray(), p => p.GetProperty("ticket").GetInt64() == ticket);
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> PlaceAsync(
        string symbol, int type, decimal volume, string comment, decimal? price = null, decimal? sl = null, decimal? tp = null, long magic = 0, string account = Account) =>
        _client.PostJsonAsync($"{account}/orders", JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["symbol"] = symbol,
            ["type"] = type,
            ["volume"] = volume,
            ["price"] = price,
            ["sl"] = sl,
            ["tp"] = tp,
            ["deviation"] = 20,
            ["magic"] = magic,
            ["comment"] = comment,
        }));

    private Task<(HttpStatusCode Status, JsonElement Body)> CloseAsync(long ticket, string body) =>
        _client.PostJsonAsync($"{Account}/positions/{ticket}/close", body);

    private async Task<decimal> BidAsync(string symbol) =>
        (await _client.GetJsonAsync($"{Account}/symbols/{symbol}")).Ok().GetProperty("bid").GetDecimal();
}
