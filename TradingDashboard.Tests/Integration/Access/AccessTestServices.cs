using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Accounts.Credentials;
using TradingDashboard.Core.Audit;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Access;

/// <summary>
/// Core's production registrations for access control over a real database (a migrated SQLite
/// file unless a PostgreSQL database is given), real Data Protection, captured logs and a fake
/// user directory.
/// </summary>
public sealed class AccessTestServices : IAsyncDisposable
{
    public static readonly AccessUser Admin = new("u-admin", "alice.admin", true);
    public static readonly AccessUser TraderA = new("u-trader-a", "bob.trader", false);
    public static readonly AccessUser TraderB = new("u-trader-b", "carol.trader", false);

    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;
    private readonly IAsyncDisposable? _postgres;
    private readonly DirectoryInfo _keys;

    private AccessTestServices(ServiceProvider services, SqliteTestDatabase? sqlite, IAsyncDisposable? postgres, DirectoryInfo keys, LogCapture logs, FakeUserDirectory users)
    {
        _services = services;
        _scope = services.CreateAsyncScope();
        Sqlite = sqlite;
        _postgres = postgres;
        _keys = keys;
        Logs = logs;
        Users = users;
    }

    /// <summary>The SQLite file, unless the services run on PostgreSQL.</summary>
    public SqliteTestDatabase? Sqlite { get; }

    public LogCapture Logs { get; }

    public FakeUserDirectory Users { get; }

    public ManualTimeProvider Time => (ManualTimeProvider)_services.GetRequiredService<TimeProvider>();

    public IAccountAdministration Administration => _scope.ServiceProvider.GetRequiredService<IAccountAdministration>();

    public IAccountAccess Access => _services.GetRequiredService<IAccountAccess>();

    public ISecuredMarketFeed Feed => _services.GetRequiredService<ISecuredMarketFeed>();

    public IMarketHub Hub => _services.GetRequiredService<IMarketHub>();

    public IAuditLog Audit => _services.GetRequiredService<IAuditLog>();

    internal ICredentialVault Vault => _services.GetRequiredService<ICredentialVault>();

    public IAccountDirectory Directory => _services.GetRequiredService<IAccountDirectory>();

    public IEnumerable<CapturedLog> Refusals => Logs.Entries.Where(e => e.Category == "TradingDashboard.Core.Access.AccountAccess" && e.Level == LogLevel.Warning);

    /// <param name="settings">Extra configuration, e.g. <c>Bridge:BaseUrl</c>.</param>
    /// <param name="postgres">Run on this PostgreSQL database (disposed with the services) instead of SQLite.</param>
    public static async Task<AccessTestServices> CreateAsync(IDictionary<string, string?>? settings = null, PostgresTestDatabase? postgres = null)
    {
        var sqlite = postgres is null ? new SqliteTestDatabase() : null;
        var all = new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = postgres is null ? "Sqlite" : "PostgreSql",
            ["Persistence:ConnectionString"] = sqlite?.ConnectionString ?? postgres!.ConnectionString,
            ["Bridge:Timeout"] = "00:00:03",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var keys = System.IO.Directory.CreateTempSubdirectory("td-keys-");
        var logs = new LogCapture();
        var users = new FakeUserDirectory();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<TimeProvider>(new ManualTimeProvider())
            .AddPersistence(configuration)
            .AddAccounts(configuration)
            .AddStreaming(configuration)
            .AddAccess(configuration)
            .AddAccountAdministration(configuration)
            .AddSingleton<IUserDirectory>(users)
            .AddSingleton<ICredentialProtector>(new DataProtectionCredentialProtector(keys))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var created = new AccessTestServices(services, sqlite, postgres, keys, logs, users);
        await created.Directory.ReloadAsync(CancellationToken.None);
        await created.Access.ReloadAsync(CancellationToken.None);
        return created;
    }

    public static AccountDraft Draft(string login, string name, string currency = "USD", string? server = null, string? broker = null) => new()
    {
        DisplayName = name,
        BrokerLogin = login,
        Currency = currency,
        Server = server,
        Broker = broker,
    };

    /// <summary>Creates an account through the admin service and assigns it to <paramref name="owners"/>.</summary>
    public async Task<Guid> CreateAccountAsync(string login, string name, params AccessUser[] owners)
    {
        var created = await Administration.CreateAsync(Admin, Draft(login, name), CancellationToken.None);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Values));
        var id = created.Account!.Account.Id;
        if (owners.Length > 0)
        {
            var assigned = await Administration.SetAssignmentsAsync(Admin, id, [.. owners.Select(o => o.UserId)], CancellationToken.None);
            Assert.True(assigned.Succeeded, string.Join("; ", assigned.Errors.Values));
        }

        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        Sqlite?.Dispose();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        _keys.Delete(recursive: true);
    }
}
