using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>
/// The real dashboard on real Kestrel at 127.0.0.1 (a free port), environment <c>Testing</c>,
/// with its own SQLite file. Settings are applied before <c>Program</c> runs, so code that reads
/// configuration while building the host sees them.
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly Factory _factory;
    private readonly string _directory;

    private DashboardServer(Factory factory, string directory, string databasePath)
    {
        _factory = factory;
        _directory = directory;
        DatabasePath = databasePath;
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        BaseAddress = new Uri(addresses.Single());
    }

    /// <summary>Root URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>The SQLite file behind <c>Persistence:ConnectionString</c>; deleted on dispose.</summary>
    public string DatabasePath { get; }

    /// <param name="settings">Configuration overrides (e.g. <c>Messaging:Transport</c>); they win over appsettings.</param>
    /// <param name="configureServices">Service replacements, applied after the app's own registrations.</param>
    public static DashboardServer Start(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var directory = Directory.CreateTempSubdirectory("td-dashboard-").FullName;
        var databasePath = Path.Combine(directory, "dashboard.db");
        var effective = new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Sqlite",
            ["Persistence:ConnectionString"] = $"Data Source={databasePath}",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            effective[key] = value;
        }

        var factory = new Factory(effective, configureServices);
        try
        {
            factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
            return new DashboardServer(factory, directory, databasePath);
        }
        catch
        {
            factory.Dispose();
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>An <see cref="HttpClient"/> for <see cref="BaseAddress"/> (redirects off, cookies on).</summary>
    public HttpClient CreateClient() =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = BaseAddress, AllowAutoRedirect = false });

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaks a temp directory; the test result stands.
        }
    }

    private sealed class Factory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            if (configureServices is not null)
            {
                builder.ConfigureTestServices(configureServices);
            }
        }
    }
}
