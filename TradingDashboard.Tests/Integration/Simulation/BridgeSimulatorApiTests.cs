using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace TradingDashboard.Tests.Integration.Simulation;

public class BridgeSimulatorApiTests(BridgeSimulatorApiFixture fixture) : IClassFixture<BridgeSimulatorApiFixture>
{
    private static readonly string RoutedId = BridgeSimulatorApiFixture.RoutedAccountId.ToString();
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task GetHealth_SimulatorRunning_OkWithAccountsUptimeAndVersion()
    {
        var health = await GetJsonAsync("/api/mt5/bridge/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("terminal_connected").GetBoolean());
        Assert.Equal(3, health.GetProperty("accounts_count").GetInt32());
        Assert.True(health.GetProperty("uptime_seconds").GetInt64() >= 0);
        Assert.StartsWith("simulator-", health.GetProperty("version").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccountsSummary_ThreeAccounts_ListsLoginNameServerBalanceEquityCurrency()
    {
        var summary = await GetJsonAsync("/api/mt5/accounts/summary");

        var accounts = summary.GetProperty("accounts").EnumerateArray().ToList();
        Assert.Equal(["2001", "2002", "2003"], accounts.Select(a => a.GetProperty("login").GetString()));
        var second = accounts[1];
        Assert.Equal(("Routed by login", "Simulator-Demo", 2500m, "EUR"), (
            second.GetProperty("name").GetString(), second.GetProperty("server").GetString(),
            second.GetProperty("balance").GetDecimal(), second.GetProperty("currency").GetString()));
        Assert.Equal(JsonValueKind.Number, second.GetProperty("equity").ValueKind);
    }

    [Fact]
    public async Task GetAccountInfo_TerminalConnected_LiveDataWithMt5Fields()
    {
        var info = await GetJsonAsync("/api/mt5/account/2001/info");

        Assert.Equal("live_data", info.GetProperty("source").GetString());
        var live = info.GetProperty("live_data");
        Assert.Equal("2001", live.GetProperty("login").GetString());
        foreach (var field in new[] { "balance", "equity", "profit", "margin", "margin_free", "margin_level", "leverage", "currency", "trade_allowed", "name", "server", "company" })
        {
            Assert.True(live.TryGetProperty(field, out _), field);
        }

        Assert.Equal(JsonValueKind.Object, info.GetProperty("stored_data").ValueKind);
        Assert.True(info.TryGetProperty("retrieved_at", out _));
    }

    [Fact]
    public async Task GetAccountInfo_TerminalDisconnected_StoredDataAndNullLiveData()
    {
        var disconnect = await PostAsync("/mt5/simulator/accounts/2003/terminal", """{"connected": false}""");
        Assert.Equal(HttpStatusCode.OK, disconnect.StatusCode);
        try
        {
            var info = await GetJsonAsync("/api/mt5/account/2003/info");
            var health = await GetJsonAsync("/api/mt5/bridge/health");

            Assert.Equal("stored_data", info.GetProperty("source").GetString());
            Assert.Equal(JsonValueKind.Null, info.GetProperty("live_data").ValueKind);
            Assert.Equal(10_000m, info.GetProperty("stored_data").GetProperty("balance").GetDecimal());
            Assert.Equal("degraded", health.GetProperty("status").GetString());
        }
        finally
        {
            await PostAsync("/mt5/simulator/accounts/2003/terminal", """{"connected": true}""");
        }
    }

    [Theory]
    [InlineData("/api/mt5/account/999999/info")]
    [InlineData("/api/mt5/account/999999/balance")]
    [InlineData("/api/mt5/account/999999/trades")]
    [InlineData("/mt5/headless/health/8e1b5a52-7a0c-4a8e-9a55-000000000000")]
    public async Task Get_UnknownAccount_NotFoundWithJsonError(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("not_found", error.GetProperty("error").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task GetBalance_KnownAccount_BalanceEquityAndSource()
    {
        var balance = await GetJsonAsync("/api/mt5/account/2002/balance");

        Assert.Equal(2500m, balance.GetProperty("balance").GetDecimal());
        Assert.Equal(balance.GetProperty("balance").GetDecimal() + balance.GetProperty("profit").GetDecimal(), balance.GetProperty("equity").GetDecimal());
        Assert.Equal("live_data", balance.GetProperty("source").GetString());
    }

    [Fact]
    public async Task GetTrades_KnownAccount_OnlyTheOpeningDealsOfItsPositions()
    {
        var history = await GetJsonAsync("/api/mt5/account/2001/trades");

        var trades = history.GetProperty("trades").EnumerateArray().ToList();
        Assert.Equal(2, trades.Count);
        Assert.Equal(2, history.GetProperty("count").GetInt32());
        Assert.All(trades, t => Assert.Equal(0, t.GetProperty("entry").GetInt32()));
        Assert.All(trades, t => Assert.True(t.GetProperty("position_id").GetInt64() > 0));
    }

    [Fact]
    public async Task SubscribePrice_TwiceThenUnsubscribeOnce_StillSubscribedWithCountOne()
    {
        var body = $$"""{"internal_account_id": "{{RoutedId}}", "symbol": "BTCUSD.a"}""";

        await PostAsync("/mt5/headless/subscribe/price", body);
        var second = await ReadAsync(await PostAsync("/mt5/headless/subscribe/price", body));
        var afterRelease = await ReadAsync(await PostAsync("/mt5/headless/unsubscribe/price", body));
        var diagnostics = await GetJsonAsync($"/mt5/headless/health/{RoutedId}");

        Assert.Equal(2, second.GetProperty("count").GetInt32());
        Assert.Equal((1, true), (afterRelease.GetProperty("count").GetInt32(), afterRelease.GetProperty("subscribed").GetBoolean()));
        var held = Assert.Single(diagnostics.GetProperty("price_subscriptions").EnumerateArray());
        Assert.Equal(("BTCUSD.a", 1), (held.GetProperty("symbol").GetString(), held.GetProperty("count").GetInt32()));
        Assert.True(diagnostics.GetProperty("poller_active").GetBoolean());
    }

    [Fact]
    public async Task UnsubscribeCandles_BelowZero_ConflictAndCountUnchanged()
    {
        var body = $$"""{"internal_account_id": "{{RoutedId}}", "symbol": "XAGUSD", "timeframe": "M15"}""";
        await PostAsync("/mt5/headless/subscribe/candles", body);
        await PostAsync("/mt5/headless/unsubscribe/candles", body);

        using var response = await PostAsync("/mt5/headless/unsubscribe/candles", body);
        var diagnostics = await GetJsonAsync($"/mt5/headless/health/{RoutedId}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("conflict", (await ReadAsync(response, HttpStatusCode.Conflict)).GetProperty("error").GetString());
        Assert.DoesNotContain(diagnostics.GetProperty("candle_subscriptions").EnumerateArray(), s => s.GetProperty("symbol").GetString() == "XAGUSD");
    }

    [Theory]
    [InlineData("/mt5/headless/subscribe/candles", """{"internal_account_id": "ID", "symbol": "EURUSD", "timeframe": "M7"}""", "Unknown timeframe 'M7'")]
    [InlineData("/mt5/headless/subscribe/candles", """{"internal_account_id": "ID", "symbol": "EURUSD"}""", "timeframe is required")]
    [InlineData("/mt5/headless/subscribe/price", """{"internal_account_id": "ID"}""", "symbol is required")]
    [InlineData("/mt5/headless/subscribe/price", """{"internal_account_id": "ID", "symbol": "DOGEJPY"}""", "Unknown symbol 'DOGEJPY'")]
    [InlineData("/mt5/headless/subscribe/price", """{"symbol": "EURUSD"}""", "internal_account_id or login is required")]
    [InlineData("/mt5/headless/subscribe/price", """{"internal_account_id": "not-a-uuid", "symbol": "EURUSD"}""", "Invalid JSON body")]
    [InlineData("/mt5/headless/poller/start", """{"internal_account_id": "ID", """, "Invalid JSON body")]
    public async Task Post_InvalidBody_BadRequestWithClearMessage(string path, string body, string message)
    {
        using var response = await PostAsync(path, body.Replace("\"ID\"", $"\"{RoutedId}\"", StringComparison.Ordinal));

        var error = await ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("invalid_request", error.GetProperty("error").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NotJson_BadRequest()
    {
        using var content = new StringContent("symbol=EURUSD", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await _client.PostAsync(new Uri("/mt5/headless/subscribe/price", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task StartPoller_AutoStartedAccountByLogin_AlreadyRunning()
    {
        var status = await ReadAsync(await PostAsync("/mt5/headless/poller/start", """{"login": "2002"}"""));

        Assert.Equal(("2002", true, true), (status.GetProperty("login").GetString(), status.GetProperty("active").GetBoolean(), status.GetProperty("already_running").GetBoolean()));
    }

    [Fact]
    public async Task BackgroundService_Running_PublishesContractEnvelopesForEveryAccount()
    {
        string[] expectedKeys = [$"account.{RoutedId}.price.tick", "account.2002.price.tick", $"account.{RoutedId}.account.info", $"account.{RoutedId}.positions.snapshot", $"account.{RoutedId}.candle.update"];
        var messages = await EventuallyAsync(
            () => fixture.Publisher.Messages is var all && expectedKeys.All(key => all.Any(m => m.RoutingKey == key)) ? all : null,
            () => $"published {fixture.Publisher.Messages.Count}: {string.Join(", ", fixture.Publisher.Messages.Select(m => m.RoutingKey).Distinct())}");

        var info = messages.First(m => m.RoutingKey == $"account.{RoutedId}.account.info").Json;
        Assert.Equal(("bridge-simulator", "MT5", 1, "account.info"), (
            info.GetProperty("source").GetString(), info.GetProperty("platform").GetString(),
            info.GetProperty("event_version").GetInt32(), info.GetProperty("type").GetString()));
        Assert.Equal(RoutedId, info.GetProperty("internal_account_id").GetString());
        Assert.Equal("2001", info.GetProperty("source_account_key").GetString());
        Assert.Equal("2001", info.GetProperty("payload").GetProperty("login").GetString());
        Assert.Contains(messages, m => m.RoutingKey.EndsWith("price.tick", StringComparison.Ordinal)
            && m.Json.GetProperty("payload").GetProperty("symbol").GetString() == "BTCUSD.a");
        var diagnostics = await GetJsonAsync($"/mt5/headless/health/{RoutedId}");
        Assert.True(diagnostics.GetProperty("events_published").GetInt64() > 0);
        Assert.Equal(JsonValueKind.String, diagnostics.GetProperty("last_publish_at").ValueKind);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        return await ReadAsync(response);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await _client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<T> EventuallyAsync<T>(Func<T?> probe, Func<string> describe)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (probe() is { } value)
            {
                return value;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("The simulator did not publish the expected events within 30 s; " + describe());
    }
}
