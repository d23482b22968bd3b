using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TradingDashboard.Tests.Integration.Simulation;

/// <summary>The simulator's <c>rates</c> and <c>symbols</c> endpoints over real HTTP.</summary>
public class BridgeSimulatorMarketDataTests(BridgeSimulatorApiFixture fixture) : IClassFixture<BridgeSimulatorApiFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task GetRates_LowercaseSymbol_300BarsOldestFirstInBrokerCasingFormingLast()
    {
        var body = await GetJsonAsync("/api/mt5/rates/2001?symbol=btcusd.a&timeframe=M5&count=300");

        Assert.Equal(("2001", "BTCUSD.a", "M5", 2, 300), (
            body.GetProperty("login").GetString(), body.GetProperty("symbol").GetString(), body.GetProperty("timeframe").GetString(),
            body.GetProperty("digits").GetInt32(), body.GetProperty("count").GetInt32()));
        var rates = body.GetProperty("rates").EnumerateArray().ToList();
        Assert.Equal(300, rates.Count);
        var times = rates.Select(r => r.GetProperty("time").GetInt64()).ToList();
        Assert.Equal(times.Order(), times);
        Assert.All(times.Zip(times.Skip(1)), p => Assert.Equal(300, p.Second - p.First));
        Assert.False(rates[^1].GetProperty("complete").GetBoolean());
        Assert.True(rates[^2].GetProperty("complete").GetBoolean());
        foreach (var field in new[] { "open", "high", "low", "close", "tick_volume", "spread", "real_volume" })
        {
            Assert.Equal(JsonValueKind.Number, rates[0].GetProperty(field).ValueKind);
        }
    }

    [Theory]
    [InlineData("H4", 150)]
    [InlineData("D1", 25)]
    public async Task GetRates_HigherTimeframe_ServesTheBackfilledMonth(string timeframe, int atLeast)
    {
        var body = await GetJsonAsync($"/api/mt5/rates/2002?symbol=EURUSD&timeframe={timeframe}&count=1000");

        Assert.True(body.GetProperty("count").GetInt32() >= atLeast, body.GetProperty("count").ToString());
    }

    [Theory]
    [InlineData("/api/mt5/rates/999999?symbol=EURUSD&timeframe=M5", HttpStatusCode.NotFound, "not_found")]
    [InlineData("/api/mt5/rates/2001?symbol=NOPE&timeframe=M5", HttpStatusCode.NotFound, "not_found")]
    [InlineData("/api/mt5/rates/2001?timeframe=M5", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("/api/mt5/rates/2001?symbol=EURUSD&timeframe=M7", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("/api/mt5/rates/2001?symbol=EURUSD&timeframe=M5&count=abc", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("/api/mt5/account/999999/symbols", HttpStatusCode.NotFound, "not_found")]
    public async Task Get_BadInput_ErrorBody(string path, HttpStatusCode status, string error)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task GetSymbols_KnownLogin_NineSymbolsInBrokerCasingWithDigits()
    {
        var body = await GetJsonAsync("/api/mt5/account/2001/symbols");

        var symbols = body.GetProperty("symbols").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s);
        Assert.Equal(9, symbols.Count);
        Assert.Equal(2, symbols["BTCUSD.a"].GetProperty("digits").GetInt32());
        Assert.Equal(5, symbols["EURUSD"].GetProperty("digits").GetInt32());
        Assert.Equal("Euro vs US Dollar", symbols["EURUSD"].GetProperty("description").GetString());
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
