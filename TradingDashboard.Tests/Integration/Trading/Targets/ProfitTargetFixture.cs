using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Core.Trading;
using TradingDashboard.Tests.Infrastructure;
using TradingDashboard.Tests.Integration.Trading.Sync;

namespace TradingDashboard.Tests.Integration.Trading.Targets;

/// <summary>
/// The whole dashboard with its embedded bridge simulator, on a RabbitMQ transport with the
/// consumer on: the simulator's ticks come back through the broker into the market hub, where the
/// TP1 monitor watches them, and its orders go through the real trading service to the simulator
/// over HTTP. EURUSD is replayed from bars that climb from <see cref="Low"/> to <see cref="High"/>
/// and back (10 pips a bar, four ticks a bar, ten ticks a second), so every price in between comes
/// round again every 16 seconds.
/// </summary>
public sealed class ProfitTargetFixture : IAsyncLifetime
{
    public const string Login = "6401";

    public static readonly Guid AccountId = Guid.Parse("c6e5f4a3-8d2b-4f7c-8e9d-000000006401");

    public const decimal Low = 1.10000m;
    public const decimal High = 1.12000m;
    public const decimal Step = 0.00100m;

    /// <summary>Generous against a loaded machine, where the simulator's ticks (and so the replay) slow down.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly RabbitMqVhostFixture _broker = new();
    private readonly string _replay = Path.Combine(Path.GetTempPath(), $"td-tp1-{Guid.NewGuid():N}.csv");
    private DashboardServer? _server;
    private HttpClient? _client;

    public DashboardServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public ITradingService Trading => Server.Services.GetRequiredService<ITradingService>();

    public IDbContextFactory<DashboardDbContext> Contexts => Server.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();

    internal SimulatorBridge Bridge { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _broker.InitializeAsync();
        await File.WriteAllTextAsync(_replay, ReplayCsv());
        var settings = new Dictionary<string, string?>(_broker.MessagingSettings)
        {
            ["Simulator:Enabled"] = "true",
            ["Simulator:Seed"] = "6401",
            ["Simulator:TicksPerSecond"] = "10",
            ["Simulator:Replay:Path"] = _replay,
            ["Simulator:Replay:Symbol"] = "EURUSD",
            ["Simulator:Replay:Speed"] = "600",
            ["Simulator:Replay:Loop"] = "true",
            ["Simulator:HistoryDays"] = "1",
            ["Simulator:Accounts:0:Login"] = Login,
            ["Simulator:Accounts:0:InternalAccountId"] = AccountId.ToString(),
            ["Simulator:Accounts:0:Name"] = "Targets",
            ["Simulator:Accounts:0:Balance"] = "100000",
            ["Simulator:Accounts:0:Positions:0:Symbol"] = "GBPUSD",
            ["Simulator:Accounts:0:Positions:0:Volume"] = "0.01",
            ["Accounts:Seed:0:Id"] = AccountId.ToString(),
            ["Accounts:Seed:0:DisplayName"] = "Targets",
            ["Accounts:Seed:0:BrokerLogin"] = Login,
            ["Accounts:Seed:0:Currency"] = "USD",
            ["TradeSync:ProfitTargetRefreshMs"] = "250",
            ["TradeSync:ProfitTargetRetryMs"] = "500",
        };
        _server = DashboardServer.Start(settings);
        await _broker.WaitForConsumerAsync(TimeSpan.FromSeconds(30));
        _client = Server.CreateClient();
        Bridge = new SimulatorBridge(_client);
    }

    /// <summary>The last quote the dashboard received for the symbol, once it is newer than <paramref name="after"/>.</summary>
    public async Task<QuoteUpdate> WaitForQuoteAsync(string symbol, DateTimeOffset after)
    {
        var cache = Server.Services.GetRequiredService<ILastValueCache>();
        using var deadline = new CancellationTokenSource(Patience);
        while (true)
        {
            if (cache.Get<QuoteUpdate>(GroupKeys.Prices(AccountId, symbol), "quote") is { } quote && quote.ReceivedAt > after)
            {
                return quote;
            }

            await Task.Delay(20, deadline.Token);
        }
    }

    /// <summary>The first fresh quote that satisfies <paramref name="condition"/>.</summary>
    public async Task<QuoteUpdate> WaitForQuoteAsync(string symbol, Func<QuoteUpdate, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        var quote = await WaitForQuoteAsync(symbol, DateTimeOffset.MinValue);
        while (!condition(quote))
        {
            Assert.True(DateTime.UtcNow < deadline, $"No {symbol} quote met the condition within {Patience}.");
            quote = await WaitForQuoteAsync(symbol, quote.ReceivedAt);
        }

        return quote;
    }

    /// <summary>Lets <paramref name="count"/> new quotes of the symbol arrive.</summary>
    public async Task<QuoteUpdate> WaitForQuotesAsync(string symbol, int count)
    {
        var quote = await WaitForQuoteAsync(symbol, DateTimeOffset.MinValue);
        for (var i = 0; i < count; i++)
        {
            quote = await WaitForQuoteAsync(symbol, quote.ReceivedAt);
        }

        return quote;
    }

    public async Task<Trade> WaitForTradeAsync(long ticket, Func<Trade, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using (var db = await Contexts.CreateDbContextAsync())
            {
                if (await db.Trades.AsNoTracking().SingleOrDefaultAsync(t => t.AccountId == AccountId && t.PositionTicket == ticket) is { } trade && condition(trade))
                {
                    return trade;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, string.Create(CultureInfo.InvariantCulture, $"The trade of position {ticket} did not reach the expected state in time."));
            await Task.Delay(100);
        }
    }

    public async Task<IReadOnlyList<TradeOrder>> OrdersAsync(long ticket)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var orders = await db.TradeOrders.AsNoTracking().Where(o => o.AccountId == AccountId && o.PositionTicket == ticket).ToListAsync();
        return [.. orders.OrderBy(o => o.CreatedAt)];
    }

    public async Task UpdateTradeAsync(Guid tradeId, Action<Trade> change)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var trade = await db.Trades.SingleAsync(t => t.Id == tradeId);
        change(trade);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await _broker.DisposeAsync();
        File.Delete(_replay);
    }

    /// <summary>One-minute bars from <see cref="Low"/> up to <see cref="High"/> and back down, one <see cref="Step"/> each.</summary>
    private static string ReplayCsv()
    {
        var csv = new System.Text.StringBuilder("date,open,high,low,close,volume\n");
        var time = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        var bars = (int)((High - Low) / Step);
        for (var i = 0; i < 2 * bars; i++)
        {
            var open = i < bars ? Low + (i * Step) : High - ((i - bars) * Step);
            var close = i < bars ? open + Step : open - Step;
            csv.Append(CultureInfo.InvariantCulture, $"{time.AddMinutes(i):yyyy-MM-ddTHH:mm:ssZ},{open},{Math.Max(open, close)},{Math.Min(open, close)},{close},10\n");
        }

        return csv.ToString();
    }
}
