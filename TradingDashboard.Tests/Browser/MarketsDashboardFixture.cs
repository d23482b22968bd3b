using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Tests.Infrastructure;
using TradingDashboard.Tests.Integration.Access;

namespace TradingDashboard.Tests.Browser;

/// <summary>
/// One dashboard wired to RabbitMQ (a fresh vhost), the simulator off, two seeded accounts, its
/// log captured; tests sign in, publish bridge events like the MT5 bridge and watch the page in Chromium.
/// </summary>
public sealed class MarketsDashboardFixture : IAsyncLifetime
{
    public const string PrimaryLogin = "51230001";
    public const string SecondaryLogin = "51230002";

    private readonly RabbitMqVhostFixture _broker = new();
    private DashboardServer? _dashboard;
    private ConfirmingPublisher? _publisher;

    public Guid PrimaryAccountId { get; } = Guid.NewGuid();

    public Guid SecondaryAccountId { get; } = Guid.NewGuid();

    public DashboardServer Dashboard => _dashboard ?? throw new InvalidOperationException("The dashboard is not started.");

    /// <summary>Everything the dashboard logged (warnings and up, as configured for tests).</summary>
    public LogCapture Logs { get; } = new();

    public Uri MarketsUrl(Guid accountId) => new(Dashboard.BaseAddress, $"markets?account={accountId:D}");

    public Uri Url(string relative) => new(Dashboard.BaseAddress, relative);

    /// <summary>Refusals the access policy logged (one warning per refused request).</summary>
    public IEnumerable<CapturedLog> Refusals => Logs.Entries.Where(e => e.Category == "TradingDashboard.Core.Access.AccountAccess" && e.Level >= LogLevel.Warning);

    /// <summary>A trader with a unique name; returns the name and password.</summary>
    public async Task<(string UserName, string Password)> CreateTraderAsync(string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 9, 64)];
        return (name, await Dashboard.CreateUserAsync(name));
    }

    /// <summary>Sets who may see an account, as the admin, through Core's service (for test setup; the UI path has its own tests).</summary>
    public async Task AssignAsync(Guid accountId, params string[] userNames)
    {
        var admin = await Dashboard.AdminAsync();
        var ids = new List<string>();
        foreach (var name in userNames)
        {
            ids.Add(await Dashboard.UserIdAsync(name));
        }

        await using var scope = Dashboard.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IAccountAdministration>().SetAssignmentsAsync(admin, accountId, ids, CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Values));
        }
    }

    /// <summary>Creates an account as the admin through Core's service; returns its id.</summary>
    public async Task<Guid> CreateAccountAsync(string name, string login)
    {
        var admin = await Dashboard.AdminAsync();
        await using var scope = Dashboard.Services.CreateAsyncScope();
        var draft = new AccountDraft { DisplayName = name, BrokerLogin = login, Server = "MetaQuotes-Demo", Currency = "USD" };
        var result = await scope.ServiceProvider.GetRequiredService<IAccountAdministration>().CreateAsync(admin, draft, CancellationToken.None);
        return result.Succeeded ? result.Account!.Account.Id : throw new InvalidOperationException(string.Join("; ", result.Errors.Values));
    }

    /// <summary>Publishes to <c>mt5.events</c> with <c>account.{id}.{type}</c>; returns once the broker confirmed.</summary>
    public async Task PublishAsync(Guid accountId, string type, byte[] body)
    {
        var publisher = _publisher ?? throw new InvalidOperationException("The publisher is not open.");
        await publisher.PublishAsync(accountId, type, body);
    }

    public async Task InitializeAsync()
    {
        await _broker.InitializeAsync();
        var settings = new Dictionary<string, string?>(_broker.MessagingSettings)
        {
            ["Simulator:Enabled"] = "false",
        };
        Seed(settings, 0, PrimaryAccountId, "Browser Primary", PrimaryLogin);
        Seed(settings, 1, SecondaryAccountId, "Browser Secondary", SecondaryLogin);
        _dashboard = DashboardServer.Start(settings, services => services.AddSingleton<ILoggerProvider>(Logs));
        await _broker.WaitForConsumerAsync(TimeSpan.FromSeconds(30));
        _publisher = await ConfirmingPublisher.OpenAsync(_broker.CreateConnectionFactory());
    }

    public async Task DisposeAsync()
    {
        if (_publisher is not null)
        {
            await _publisher.DisposeAsync();
        }

        if (_dashboard is not null)
        {
            await _dashboard.DisposeAsync();
        }

        await _broker.DisposeAsync();
    }

    private static void Seed(Dictionary<string, string?> settings, int index, Guid id, string name, string login)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"Accounts:Seed:{index}:");
        settings[prefix + "Id"] = id.ToString("D");
        settings[prefix + "DisplayName"] = name;
        settings[prefix + "Platform"] = "MT5";
        settings[prefix + "BrokerLogin"] = login;
        settings[prefix + "Server"] = "MetaQuotes-Demo";
        settings[prefix + "Currency"] = "USD";
    }
}
