using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Core.Trading;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Trading.Execution;

/// <summary>
/// The whole dashboard on Kestrel at 127.0.0.1 with its embedded bridge simulator: orders go from
/// the real <see cref="ITradingService"/> through the MT5 bridge connector over HTTP to the
/// simulated broker, and are recorded in the server's SQLite file. Two accounts: <see cref="MainId"/>
/// (100,000 USD, flat, default risk rules) and <see cref="StrictId"/> (two EURUSD buys opened
/// outside the dashboard, and risk rules that refuse any new position). Small timeouts and a
/// fast breaker keep fault tests short.
/// </summary>
public sealed class TradingPipelineFixture : IAsyncLifetime
{
    public const string MainLogin = "6101";
    public const string StrictLogin = "6102";
    public const int OrderTimeoutMs = 1_500;
    public const int BreakerOpenMs = 3_000;

    public static readonly Guid MainId = Guid.Parse("a4c3e1f0-6b2d-4d7e-8f90-1a2b3c4d6101");
    public static readonly Guid StrictId = Guid.Parse("a4c3e1f0-6b2d-4d7e-8f90-1a2b3c4d6102");

    private DashboardServer? _server;
    private HttpClient? _bridge;

    public DashboardServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public ITradingService Trading => Server.Services.GetRequiredService<ITradingService>();

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Simulator:Enabled"] = "true",
            ["Simulator:Seed"] = "6101",
            ["Simulator:TicksPerSecond"] = "5",
            ["Simulator:HistoryDays"] = "1",
            ["Simulator:Accounts:0:Login"] = MainLogin,
            ["Simulator:Accounts:0:InternalAccountId"] = MainId.ToString(),
            ["Simulator:Accounts:0:Name"] = "Pipeline main",
            ["Simulator:Accounts:0:Balance"] = "100000",
            ["Simulator:Accounts:1:Login"] = StrictLogin,
            ["Simulator:Accounts:1:InternalAccountId"] = StrictId.ToString(),
            ["Simulator:Accounts:1:Name"] = "Pipeline strict",
            ["Simulator:Accounts:1:Balance"] = "100000",
            ["Simulator:Accounts:1:Positions:0:Symbol"] = "EURUSD",
            ["Simulator:Accounts:1:Positions:0:Volume"] = "0.5",
            ["Simulator:Accounts:1:Positions:1:Symbol"] = "EURUSD",
            ["Simulator:Accounts:1:Positions:1:Volume"] = "0.3",
            ["Accounts:Seed:0:Id"] = MainId.ToString(),
            ["Accounts:Seed:0:DisplayName"] = "Pipeline Main",
            ["Accounts:Seed:0:BrokerLogin"] = MainLogin,
            ["Accounts:Seed:0:Currency"] = "USD",
            ["Accounts:Seed:1:Id"] = StrictId.ToString(),
            ["Accounts:Seed:1:DisplayName"] = "Pipeline Strict",
            ["Accounts:Seed:1:BrokerLogin"] = StrictLogin,
            ["Accounts:Seed:1:Currency"] = "USD",
            ["Trading:OrderTimeoutMs"] = OrderTimeoutMs.ToString(CultureInfo.InvariantCulture),
            ["Trading:ReadTimeoutMs"] = "5000",
            ["Trading:ReadRetries"] = "1",
            ["Trading:BreakerMinimumThroughput"] = "2",
            ["Trading:BreakerFailureRatio"] = "0.5",
            ["Trading:BreakerSamplingMs"] = "30000",
            ["Trading:BreakerOpenMs"] = BreakerOpenMs.ToString(CultureInfo.InvariantCulture),
            // The trade sync's periodic pass would add its own calls to the breaker's count.
            ["Trading:ReconcileIntervalMs"] = "600000",
            ["Trading:Risk:MaxRiskPercentPerTrade"] = "2",
            ["Trading:Risk:MaxOpenPositions"] = "20",
            ["Trading:Risk:MaxVolume"] = "10",
            [$"Trading:AccountRisk:{StrictId}:MaxOpenPositions"] = "1",
            [$"Trading:AccountRisk:{StrictId}:MaxVolume"] = "0.01",
            [$"Trading:AccountRisk:{StrictId}:MaxRiskPercentPerTrade"] = "0.01",
            [$"Trading:AccountRisk:{StrictId}:DailyLossLimit"] = "1",
        };
        _server = DashboardServer.Start(settings);
        _bridge = Server.CreateClient();
        await WaitForQuoteAsync(MainId, "EURUSD", DateTimeOffset.MinValue, TimeSpan.FromSeconds(60));
    }

    /// <summary>GET the bridge's open positions of <paramref name="login"/> (raw MT5 fields).</summary>
    public async Task<IReadOnlyList<JsonElement>> BridgePositionsAsync(string login)
    {
        using var document = JsonDocument.Parse(await _bridge!.GetStringAsync($"api/mt5/account/{login}/positions"));
        return [.. document.RootElement.GetProperty("positions").EnumerateArray().Select(p => p.Clone())];
    }

    /// <summary>GET every deal of <paramref name="login"/> (raw MT5 fields).</summary>
    public async Task<IReadOnlyList<JsonElement>> BridgeDealsAsync(string login)
    {
        using var document = JsonDocument.Parse(await _bridge!.GetStringAsync($"api/mt5/account/{login}/deals?from=0"));
        return [.. document.RootElement.GetProperty("deals").EnumerateArray().Select(d => d.Clone())];
    }

    /// <summary>POST /mt5/simulator/faults for one login.</summary>
    public async Task SetFaultAsync(string login, string mode, int latencyMs = 0, int count = 0)
    {
        using var response = await _bridge!.PostAsJsonAsync("mt5/simulator/faults", new { mode, login, latency_ms = latencyMs, count });
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<TradeOrder>> OrdersAsync(string idempotencyKey)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.TradeOrders.AsNoTracking().Where(o => o.IdempotencyKey == idempotencyKey).ToListAsync();
    }

    public async Task<Trade?> TradeAsync(Guid accountId, long positionTicket)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.Trades.AsNoTracking().SingleOrDefaultAsync(t => t.AccountId == accountId && t.PositionTicket == positionTicket);
    }

    /// <summary>Stores an order row as the pipeline would have left it (e.g. sent, answer lost).</summary>
    public async Task InsertOrderAsync(TradeOrder order)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        db.TradeOrders.Add(order);
        await db.SaveChangesAsync();
    }

    public async Task<TradeOrder> OrderAsync(Guid orderId)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.TradeOrders.AsNoTracking().SingleAsync(o => o.Id == orderId);
    }

    /// <summary>Moves an order's times back, as if it had been waiting that long.</summary>
    public async Task AgeOrderAsync(Guid orderId, TimeSpan by)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        var order = await db.TradeOrders.SingleAsync(o => o.Id == orderId);
        order.CreatedAt -= by;
        order.SentAt -= by;
        await db.SaveChangesAsync();
    }

    /// <summary>The last quote the dashboard received for the symbol, once it is newer than <paramref name="after"/>.</summary>
    public async Task<QuoteUpdate> WaitForQuoteAsync(Guid accountId, string symbol, DateTimeOffset after, TimeSpan timeout)
    {
        var cache = Server.Services.GetRequiredService<ILastValueCache>();
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (cache.Get<QuoteUpdate>(GroupKeys.Prices(accountId, symbol), "quote") is { } quote && quote.ReceivedAt > after)
            {
                return quote;
            }

            await Task.Delay(50, deadline.Token);
        }
    }

    public static string Tag(string idempotencyKey) => ClientOrderTag.For(idempotencyKey);

    public static bool Carries(JsonElement record, string idempotencyKey) =>
        ClientOrderTag.Matches(record.GetProperty("comment").GetString(), Tag(idempotencyKey));

    public async Task DisposeAsync()
    {
        _bridge?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private IDbContextFactory<DashboardDbContext> Contexts() => Server.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
}
