using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Events.Validation;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Messaging.Pipeline;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Benchmarks.Dashboard;

/// <summary>
/// The dashboard's event path as the web app composes it (AddPersistence, AddAccounts,
/// AddStreaming, AddMessaging) over a temp SQLite file, initialised the way its
/// StartupInitializer does: migrate, seed the account, load the directory.
/// </summary>
internal sealed class DashboardStack : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly DirectoryInfo _folder;
    private readonly List<IHostedService> _started = [];

    private DashboardStack(ServiceProvider services, DirectoryInfo folder, Guid accountId)
    {
        _services = services;
        _folder = folder;
        AccountId = accountId;
    }

    public Guid AccountId { get; }

    public IMarketHub Hub => _services.GetRequiredService<IMarketHub>();

    public EventPipeline Pipeline => _services.GetRequiredService<EventPipeline>();

    public EventReader Reader => _services.GetRequiredService<EventReader>();

    public PipelineMetrics Metrics => _services.GetRequiredService<PipelineMetrics>();

    public MessagingOptions Messaging => _services.GetRequiredService<IOptions<MessagingOptions>>().Value;

    /// <param name="virtualHost">RabbitMQ vhost to consume from; null for the in-process transport.</param>
    public static async Task<DashboardStack> CreateAsync(string? virtualHost, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("td-bench-db-");
        var accountId = Guid.NewGuid();
        var configuration = DashboardConfiguration.Build(Path.Combine(folder.FullName, "dashboard.db"), accountId, virtualHost);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Warning).AddProvider(new StderrLoggerProvider()))
            .AddSingleton(TimeProvider.System)
            .AddPersistence(configuration)
            .AddAccounts(configuration)
            .AddStreaming(configuration)
            .AddMessaging(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var stack = new DashboardStack(services, folder, accountId);
        try
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            await services.GetRequiredService<AccountSeeder>().SeedAsync(cancellationToken);
            var accounts = services.GetRequiredService<IAccountDirectory>();
            await accounts.ReloadAsync(cancellationToken);
            if (accounts.Find(accountId) is null)
            {
                throw new InvalidOperationException($"Seeded account {accountId} is not in the directory.");
            }
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }

        return stack;
    }

    /// <summary>Starts the hosted services AddMessaging registered: with RabbitMQ, the real consumer.</summary>
    public async Task StartConsumerAsync(CancellationToken cancellationToken)
    {
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(cancellationToken);
            _started.Add(hosted);
        }
    }

    public async Task StopConsumerAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        foreach (var hosted in Enumerable.Reverse(_started))
        {
            await hosted.StopAsync(timeout.Token);
        }

        _started.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await StopConsumerAsync();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
