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
/// with its own SQLite file, master key file and a configured admin (<see cref="AdminUserName"/>,
/// <see cref="AdminPassword"/>). Settings are applied before <c>Program</c> runs, so code that
/// reads configuration while building the host sees them.
/// </summary>
public sealed partial class DashboardServer : IAsyncDisposable
{
    /// <summary>The admin every test server bootstraps from <c>Security:Admin</c>.</summary>
    public const string AdminUserName = "admin";

    /// <summary>Meets the password policy; never changed by the bootstrap.</summary>
    public const string AdminPassword = "Test-Admin-Passw0rd";

    private readonly Factory _factory;
    private readonly string _directory;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private bool _ownsDirectory = true;
    private bool _disposed;

    private DashboardServer(Factory factory, string directory, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices)
    {
        _factory = factory;
        _directory = directory;
        _settings = settings;
        _configureServices = configureServices;
        DatabasePath = Path.Combine(directory, "dashboard.db");
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        BaseAddress = new Uri(addresses.Single());
    }

    /// <summary>Root URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>The SQLite file behind <c>Persistence:ConnectionString</c>; deleted on dispose.</summary>
    public string DatabasePath { get; }

    /// <summary>The Data Protection master key file (<c>Security:MasterKeyFile</c>) in the server's temp directory.</summary>
    public string MasterKeyPath => Path.Combine(_directory, "master.key");

    /// <param name="settings">Configuration overrides (e.g. <c>Messaging:Transport</c>); they win over appsettings.</param>
    /// <param name="configureServices">Service replacements, applied after the app's own registrations.</param>
    public static DashboardServer Start(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var directory = Directory.CreateTempSubdirectory("td-dashboard-").FullName;
        var effective = new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Sqlite",
            ["Persistence:ConnectionString"] = $"Data Source={Path.Combine(directory, "dashboard.db")}",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Security:Admin:UserName"] = AdminUserName,
            ["Security:Admin:Password"] = AdminPassword,
            ["Security:MasterKeyFile"] = Path.Combine(directory, "master.key"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            effective[key] = value;
        }

        try
        {
            return StartIn(directory, effective, configureServices);
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Stops this server and starts a new one on the same database, master key file and settings
    /// (a process restart). The new server owns the temp directory; disposing this one afterwards does nothing more.
    /// </summary>
    /// <param name="overrides">Settings that change across the restart (e.g. another <c>Security:MasterKey</c>).</param>
    public async Task<DashboardServer> RestartAsync(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(_settings);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        _ownsDirectory = false;
        await DisposeAsync();
        try
        {
            return StartIn(_directory, settings, _configureServices);
        }
        catch
        {
            Directory.Delete(_directory, recursive: true);
            throw;
        }
    }

    /// <summary>An <see cref="HttpClient"/> over real sockets to <see cref="BaseAddress"/>: redirects off, its own cookie jar.</summary>
    public HttpClient CreateClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!_ownsDirectory)
        {
            return;
        }

        _ownsDirectory = false;
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaks a temp directory; the test result stands.
        }
    }

    private static DashboardServer StartIn(string directory, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices)
    {
        var factory = new Factory(settings, configureServices);
        try
        {
            factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
            return new DashboardServer(factory, directory, settings, configureServices);
        }
        catch
        {
            factory.Dispose();
            throw;
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
