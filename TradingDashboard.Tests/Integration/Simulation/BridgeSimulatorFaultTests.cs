using System.Diagnostics;
using System.Net;
using System.Text.Json;
using TradingDashboard.Core.Connectors;

namespace TradingDashboard.Tests.Integration.Simulation;

/// <summary><c>POST /mt5/simulator/faults</c> against the trading paths, over HTTP on 127.0.0.1.</summary>
public sealed class BridgeSimulatorFaultTests(BridgeSimulatorApiFixture fixture) : IClassFixture<BridgeSimulatorApiFixture>, IAsyncLifetime
{
    private const string Account = "/api/mt5/account/2001";
    private readonly HttpClient _client = fixture.Client;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => (await _client.PostJsonAsync("/mt5/simulator/faults", """{"mode": "none"}""")).Ok();

    [Fact]
    public async Task Error_TradeRequest_500AndNothingExecutedThenTheCountIsSpent()
    {
        var set = (await _client.PostJsonAsync("/mt5/simulator/faults", """{"mode": "error", "login": "2001", "count": 1}""")).Ok();

        var (status, error) = await PlaceAsync("td1:fault-error");

        Assert.Equal(("error", "2001", 1), (set.GetProperty("mode").GetString(), set.GetProperty("login").GetString(), set.GetProperty("count").GetInt32()));
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("simulated_fault", error.GetProperty("error").GetString());
        Assert.DoesNotContain(await PositionsAsync(), p => p.GetProperty("comment").GetString() == "td1:fault-error");
        Assert.DoesNotContain((await _client.GetJsonAsync($"{Account}/deals")).Ok().GetProperty("deals").EnumerateArray(), d => d.GetProperty("comment").GetString() == "td1:fault-error");
        Assert.Equal(Mt5Retcodes.Done, (await PlaceAsync("td1:fault-after")).Ok().GetProperty("retcode").GetInt32());
    }

    [Fact]
    public async Task Error_UntilReset_EveryTradingReadIs500WhileTicksKeepFlowing()
    {
        string[] reads = ["/positions", "/orders", "/deals", "/symbols/EURUSD", "/info", "/balance"];
        (await _client.PostJsonAsync("/mt5/simulator/faults", """{"mode": "error", "login": "2002", "count": 0}""")).Ok();
        var ticksBefore = Ticks("2002");

        var statuses = new List<HttpStatusCode>();
        foreach (var read in reads)
        {
            statuses.Add((await _client.GetJsonAsync("/api/mt5/account/2002" + read)).Status);
        }

        var otherAccount = (await _client.GetJsonAsync($"{Account}/positions")).Status;
        await EventuallyAsync(() => Ticks("2002") > ticksBefore + 5);
        (await _client.PostJsonAsync("/mt5/simulator/faults", """{"mode": "none"}""")).Ok();
        var afterReset = (await _client.GetJsonAsync("/api/mt5/account/2002/positions")).Status;

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.InternalServerError, s));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (otherAccount, afterReset));
    }

    [Fact]
    public async Task AcceptThenTimeout_TheClientTimesOutYetThePositionExistsOnceWithTheTag()
    {
        (await _client.PostJsonAsync("/mt5/simulator/faults", """{"mode": "accept_then_timeout", "login": "2001", "latency_ms": 10000, "count": 1}""")).Ok();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PlaceAsync("td1:fault-lost-reply", timeout.Token));

        // Reconciliation reads are not held: the order is found by its tag, exactly once.
        var mine = (await PositionsAsync()).Where(p => p.GetProperty("comment").GetString() == "td1:fault-lost-reply").ToList();
        Assert.Single(mine);
        Assert.Equal(0.10m, mine[0].GetProperty("volume").GetDecimal());
        Assert.Single((await _client.GetJsonAsync($"{Account}/deals")).Ok().GetProperty("deals").EnumerateArray(), d => d.GetProperty("comment").GetString() == "td1:fault-lost-reply");
    }

    [Fact]
    public async Task Latency_TheAnswerComesAfterTheDelayAndTheRequestExecutes()
    {
        (await _client.PostJsonAsync("/mt5/simulator/faults", """{"mode": "latency", "login": "2001", "latency_ms": 400, "count": 1}""")).Ok();
        var clock = Stopwatch.StartNew();

        var result = (await PlaceAsync("td1:fault-slow")).Ok();

        Assert.True(clock.ElapsedMilliseconds >= 400, $"answered after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(Mt5Retcodes.Done, result.GetProperty("retcode").GetInt32());
        Assert.Single(await PositionsAsync(), p => p.GetProperty("comment").GetString() == "td1:fault-slow");
    }

    [Theory]
    [InlineData("""{"mode": "explode"}""", "mode is required")]
    [InlineData("""{"mode": "latency"}""", "latency_ms must be between 1 and")]
    [InlineData("""{"mode": "error", "count": -2}""", "count cannot be negative")]
    [InlineData("""{"mode": "error", "login": "999999"}""", "No simulated account has login 999999")]
    [InlineData("""{"mode": """, "Invalid JSON body")]
    public async Task SetFault_InvalidRequest_400(string body, string message)
    {
        var (status, error) = await _client.PostJsonAsync("/mt5/simulator/faults", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> PlaceAsync(string tag, CancellationToken cancellationToken = default) =>
        _client.PostJsonAsync($"{Account}/orders", $$"""{"symbol": "EURUSD", "type": 0, "volume": 0.1, "comment": "{{tag}}"}""", cancellationToken);

    private async Task<List<JsonElement>> PositionsAsync() =>
        [.. (await _client.GetJsonAsync($"{Account}/positions")).Ok().GetProperty("positions").EnumerateArray()];

    private int Ticks(string login) => fixture.Publisher.Messages.Count(m => m.RoutingKey == $"account.{login}.price.tick");

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Ticks stopped flowing while the fault was in force.");
            await Task.Delay(50);
        }
    }
}
