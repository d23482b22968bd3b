using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Browser;

/// <summary>
/// A dashboard to trade from: RabbitMQ transport (a fresh vhost) with the embedded bridge
/// simulator on, so orders go over HTTP to the simulated broker and its ticks, positions and
/// closes come back through the broker. One seeded account, traded by one trader.
/// </summary>
public sealed class TradingDashboardFixture : IAsyncLifetime
{
    public const string Login = "51250001";
    public const string TraderName = "ticket-trader";

    private readonly RabbitMqVhostFixture _broker = new();
    private DashboardServer? _dashboard;

    public Guid AccountId { get; } = Guid.NewGuid();

    public string TraderPassword { get; private set; } = "";

    public DashboardServer Dashboard => _dashboard ?? throw new InvalidOperationException("The dashboard is not started.");

    /// <summary>Every order row of the account, oldest first.</summary>
    public async Task<IReadOnlyList<TradeOrder>> OrdersAsync()
    {
        await using var scope = Dashboard.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var orders = await db.TradeOrders.AsNoTracking().Where(o => o.AccountId == AccountId).ToListAsync();
        return [.. orders.OrderBy(o => o.CreatedAt)];
    }

    /// <summary>Every trade row of the account, oldest first.</summary>
    public async Task<IReadOnlyList<Trade>> TradesAsync()
    {
        await using var scope = Dashboard.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var trades = await db.Trades.AsNoTracking().Where(t => t.AccountId == AccountId).ToListAsync();
        return [.. trades.OrderBy(t => t.OpenedAt)];
    }

    public async Task InitializeAsync()
    {
        await _broker.InitializeAsync();
        var settings = new Dictionary<string, string?>(_broker.MessagingSettings)
        {
            ["Simulator:Enabled"] = "true",
            ["Simulator:Seed"] = "515151",
            ["Simulator:TicksPerSecond"] = "4",
            ["Simulator:HistoryDays"] = "2",
            ["Simulator:PositionsIntervalMs"] = "1000",
            ["Simulator:Accounts:0:Login"] = Login,
            ["Simulator:Accounts:0:InternalAccountId"] = AccountId.ToString("D"),
            ["Simulator:Accounts:0:Name"] = "Ticket Trader",
            ["Simulator:Accounts:0:Balance"] = "100000",
            ["Accounts:Seed:0:Id"] = AccountId.ToString("D"),
            ["Accounts:Seed:0:DisplayName"] = "Trading Account",
            ["Accounts:Seed:0:Platform"] = "MT5",
            ["Accounts:Seed:0:BrokerLogin"] = Login,
            ["Accounts:Seed:0:Server"] = "Simulator-Demo",
            ["Accounts:Seed:0:Currency"] = "USD",
        };
        _dashboard = DashboardServer.Start(settings);
        await _broker.WaitForConsumerAsync(TimeSpan.FromSeconds(30));
        TraderPassword = await Dashboard.CreateUserAsync(TraderName);
        var admin = await Dashboard.AdminAsync();
        var traderId = await Dashboard.UserIdAsync(TraderName);
        await using var scope = Dashboard.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IAccountAdministration>().SetAssignmentsAsync(admin, AccountId, [traderId], CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Values));
        }
    }

    public async Task DisposeAsync()
    {
        if (_dashboard is not null)
        {
            await _dashboard.DisposeAsync();
        }

        await _broker.DisposeAsync();
    }
}
