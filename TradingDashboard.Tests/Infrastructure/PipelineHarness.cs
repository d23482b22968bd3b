using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Messaging.Pipeline;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>The real event pipeline, composed by the production registrations over a real SQLite file.</summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _ownsDatabase;

    private PipelineHarness(SqliteTestDatabase database, ServiceProvider services, bool ownsDatabase)
    {
        Database = database;
        _services = services;
        _ownsDatabase = ownsDatabase;
    }

    public SqliteTestDatabase Database { get; }

    public ManualTimeProvider Time => (ManualTimeProvider)_services.GetRequiredService<TimeProvider>();

    public EventPipeline Pipeline => _services.GetRequiredService<EventPipeline>();

    public IMarketHub Hub => _services.GetRequiredService<IMarketHub>();

    public IAccountDirectory Accounts => _services.GetRequiredService<IAccountDirectory>();

    public PipelineMetrics Metrics => _services.GetRequiredService<PipelineMetrics>();

    /// <param name="database">Shared database (kept on dispose); a new one (deleted on dispose) when null.</param>
    public static async Task<PipelineHarness> CreateAsync(SqliteTestDatabase? database = null)
    {
        var ownsDatabase = database is null;
        database ??= new SqliteTestDatabase();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:ConnectionString"] = database.ConnectionString,
            ["Messaging:Transport"] = "InProcess",
            ["Messaging:DedupeWindow"] = "1000",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new ManualTimeProvider())
            .AddPersistence(configuration)
            .AddAccounts(configuration)
            .AddStreaming(configuration)
            .AddMessaging(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var harness = new PipelineHarness(database, services, ownsDatabase);
        await harness.Accounts.ReloadAsync(CancellationToken.None);
        return harness;
    }

    public async Task<Guid> AddAccountAsync(string login, bool active = true)
    {
        var account = await Database.AddAccountAsync(login, active);
        await Accounts.ReloadAsync(CancellationToken.None);
        return account.Id;
    }

    public ValueTask<ProcessingResult> ProcessAsync(byte[] body) => Pipeline.ProcessAsync(body, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
