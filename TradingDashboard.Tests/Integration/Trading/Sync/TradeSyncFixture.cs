using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading.Sync;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Trading.Sync;

/// <summary>
/// The whole dashboard with its embedded bridge simulator over HTTP, and a RabbitMQ transport
/// whose consumer is off: the bridge's <c>position.closed</c> events reach nobody, so only the
/// trade sync can notice what happens at the broker. Four accounts: <see cref="MainLogin"/>,
/// <see cref="SecondLogin"/>, <see cref="FaultyLogin"/> (for bridge faults) and
/// <see cref="IdleLogin"/> (touched only by the start-up sync). The periodic sync runs every
/// <see cref="IntervalMs"/>, so tests assert on the books, which any round leaves the same.
/// </summary>
public sealed class TradeSyncFixture : IAsyncLifetime
{
    public const string MainLogin = "6301";
    public const string SecondLogin = "6302";
    public const string FaultyLogin = "6303";
    public const string IdleLogin = "6304";
    public const int IntervalMs = 1_500;

    private static readonly string[] Logins = [MainLogin, SecondLogin, FaultyLogin, IdleLogin];
    private readonly RabbitMqVhostFixture _broker = new();
    private DashboardServer? _server;
    private HttpClient? _client;

    public DashboardServer Server => _server ?? throw new InvalidOperationException("Not started.");

    internal SimulatorBridge Bridge { get; private set; } = null!;

    public ITradeSync Sync => Server.Services.GetRequiredService<ITradeSync>();

    public IDbContextFactory<DashboardDbContext> Contexts => Server.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();

    public static Guid IdOf(string login) => Guid.Parse($"b5d4e3f2-7c1a-4e6b-9d8c-00000000{login}");

    public async Task InitializeAsync()
    {
        await _broker.InitializeAsync();
        var settings = new Dictionary<string, string?>(_broker.MessagingSettings)
        {
            ["Messaging:RabbitMq:ConsumerEnabled"] = "false",
            ["Simulator:Enabled"] = "true",
            ["Simulator:Seed"] = "6301",
            ["Simulator:TicksPerSecond"] = "4",
            ["Simulator:HistoryDays"] = "1",
            ["Trading:ReconcileIntervalMs"] = IntervalMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Trading:ReadTimeoutMs"] = "3000",
            ["Trading:ReadRetries"] = "0",
            ["Trading:BreakerOpenMs"] = "2000",
        };
        for (var i = 0; i < Logins.Length; i++)
        {
            var login = Logins[i];
            settings[$"Simulator:Accounts:{i}:Login"] = login;
            settings[$"Simulator:Accounts:{i}:InternalAccountId"] = IdOf(login).ToString();
            settings[$"Simulator:Accounts:{i}:Name"] = $"Sync {login}";
            settings[$"Simulator:Accounts:{i}:Balance"] = "100000";
            settings[$"Accounts:Seed:{i}:Id"] = IdOf(login).ToString();
            settings[$"Accounts:Seed:{i}:DisplayName"] = $"Sync {login}";
            settings[$"Accounts:Seed:{i}:BrokerLogin"] = login;
            settings[$"Accounts:Seed:{i}:Currency"] = "USD";
        }

        _server = DashboardServer.Start(settings);
        _client = Server.CreateClient();
        Bridge = new SimulatorBridge(_client);
    }

    public async Task<Trade?> TradeAsync(string login, long ticket)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Trades.AsNoTracking().SingleOrDefaultAsync(t => t.AccountId == IdOf(login) && t.PositionTicket == ticket);
    }

    /// <summary>Polls the books until the trade of <paramref name="ticket"/> satisfies <paramref name="condition"/>.</summary>
    public async Task<Trade> WaitForTradeAsync(string login, long ticket, Func<Trade, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await TradeAsync(login, ticket) is { } trade && condition(trade))
            {
                return trade;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The trade of position {ticket} on {login} did not reach the expected state within {timeout}.");
            await Task.Delay(100);
        }
    }

    public async Task ExecuteAsync(Func<DashboardDbContext, Task> action)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        await action(db);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await _broker.DisposeAsync();
    }
}
