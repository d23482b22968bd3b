using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using Radzen;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Accounts.Credentials;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Tests.Infrastructure;
using TradingDashboard.Tests.Integration.Access;

namespace TradingDashboard.Tests.Unit.Components;

/// <summary>
/// What the web app gives a component, with Core's real access control over a migrated SQLite
/// file: directory, assignments, secured feed, account administration and audit log. Only the
/// identity store (a fixed user list), the clock and the signed-in user are stand-ins.
/// </summary>
internal sealed class ComponentTestServices : IAsyncDisposable
{
    public static readonly AccessUser Admin = AccessTestServices.Admin;
    public static readonly AccessUser TraderA = AccessTestServices.TraderA;
    public static readonly AccessUser TraderB = AccessTestServices.TraderB;

    private readonly SqliteTestDatabase _database;
    private readonly DirectoryInfo _keys;
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private ComponentTestServices(SqliteTestDatabase database, DirectoryInfo keys, ServiceProvider services, LogCapture logs)
    {
        _database = database;
        _keys = keys;
        _services = services;
        _scope = services.CreateAsyncScope();
        Logs = logs;
    }

    /// <summary>For rendering: a scope, as a circuit has.</summary>
    public IServiceProvider Services => _scope.ServiceProvider;

    public LogCapture Logs { get; }

    public ManualTimeProvider Time => (ManualTimeProvider)_services.GetRequiredService<TimeProvider>();

    public IMarketHub Hub => _services.GetRequiredService<IMarketHub>();

    public IAccountAdministration Administration => _scope.ServiceProvider.GetRequiredService<IAccountAdministration>();

    public TestNavigationManager Navigation => (TestNavigationManager)_scope.ServiceProvider.GetRequiredService<NavigationManager>();

    /// <summary>Warnings of the access policy: one per refused request.</summary>
    public IEnumerable<CapturedLog> Refusals => Logs.Entries.Where(e => e.Category == "TradingDashboard.Core.Access.AccountAccess" && e.Level == LogLevel.Warning);

    public static async Task<ComponentTestServices> CreateAsync()
    {
        var database = new SqliteTestDatabase();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Sqlite",
            ["Persistence:ConnectionString"] = database.ConnectionString,
        }).Build();
        var keys = Directory.CreateTempSubdirectory("td-keys-");
        var logs = new LogCapture();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug))
            .AddSingleton<TimeProvider>(new ManualTimeProvider())
            .AddPersistence(configuration)
            .AddAccounts(configuration)
            .AddStreaming(configuration)
            .AddAccess(configuration)
            .AddAccountAdministration(configuration)
            .AddSingleton<IUserDirectory>(new FakeUserDirectory())
            .AddSingleton<ICredentialProtector>(new DataProtectionCredentialProtector(keys))
            .AddSingleton<IJSRuntime, PrerenderJsRuntime>()
            .AddScoped<NavigationManager, TestNavigationManager>()
            .AddSupplyValueFromQueryProvider()
            .AddScoped<AuthenticationStateProvider, TestAuthenticationStateProvider>()
            .AddCascadingAuthenticationState()
            .AddRadzenComponents()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var created = new ComponentTestServices(database, keys, services, logs);
        await services.GetRequiredService<IAccountDirectory>().ReloadAsync(CancellationToken.None);
        await services.GetRequiredService<IAccountAccess>().ReloadAsync(CancellationToken.None);
        return created;
    }

    /// <summary>The user the next render sees as signed in (<see langword="null"/>: anonymous).</summary>
    public void SignIn(AccessUser? user) =>
        ((TestAuthenticationStateProvider)_scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>()).SignIn(user);

    /// <summary>Creates an account through the admin service and assigns it to <paramref name="owners"/>.</summary>
    public async Task<Account> CreateAccountAsync(string login, string name, params AccessUser[] owners)
    {
        var created = await Administration.CreateAsync(Admin, AccessTestServices.Draft(login, name, server: "MetaQuotes-Demo"), CancellationToken.None);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Values));
        var account = created.Account!.Account;
        if (owners.Length > 0)
        {
            var assigned = await Administration.SetAssignmentsAsync(Admin, account.Id, [.. owners.Select(o => o.UserId)], CancellationToken.None);
            Assert.True(assigned.Succeeded, string.Join("; ", assigned.Errors.Values));
        }

        return account;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        _database.Dispose();
        _keys.Delete(recursive: true);
    }
}
