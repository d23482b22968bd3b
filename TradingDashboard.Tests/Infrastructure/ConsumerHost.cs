using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Messaging.Pipeline;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Streaming;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>
/// The dashboard's messaging side as a generic host: the production registrations with the
/// RabbitMQ transport, a real SQLite file and one seeded account, no web UI; plus a plain
/// RabbitMQ.Client publisher (confirms, mandatory) standing in for the MT5 bridge.
/// </summary>
public sealed class ConsumerHost : IAsyncDisposable
{
    public const string SeededLogin = "51234567";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly IHost _host;
    private readonly string _virtualHost;
    private IConnection? _connection;
    private IChannel? _publisher;

    private ConsumerHost(IHost host, SqliteTestDatabase database, Guid accountId, string virtualHost)
    {
        _host = host;
        Database = database;
        AccountId = accountId;
        _virtualHost = virtualHost;
    }

    public Guid AccountId { get; }

    public SqliteTestDatabase Database { get; }

    public IMarketHub Hub => _host.Services.GetRequiredService<IMarketHub>();

    public PipelineMetrics Metrics => _host.Services.GetRequiredService<PipelineMetrics>();

    public static async Task<ConsumerHost> StartAsync(string virtualHost, IDictionary<string, string?>? overrides = null)
    {
        var database = new SqliteTestDatabase();
        var accountId = Guid.NewGuid();
        var settings = new Dictionary<string, string?>
        {
            ["Persistence:ConnectionString"] = database.ConnectionString,
            ["Messaging:RabbitMq:HeartbeatSeconds"] = "5",
            ["Accounts:Seed:0:Id"] = accountId.ToString(),
            ["Accounts:Seed:0:DisplayName"] = "Integration",
            ["Accounts:Seed:0:BrokerLogin"] = SeededLogin,
            ["Accounts:Seed:0:Currency"] = "USD",
        };
        foreach (var (key, value) in RabbitMqBroker.MessagingSettings(virtualHost).Concat(overrides ?? new Dictionary<string, string?>()))
        {
            settings[key] = value;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPersistence(builder.Configuration);
        builder.Services.AddAccounts(builder.Configuration);
        builder.Services.AddStreaming(builder.Configuration);
        builder.Services.AddMessaging(builder.Configuration);
        var host = builder.Build();

        await host.Services.GetRequiredService<AccountSeeder>().SeedAsync(CancellationToken.None);
        await host.Services.GetRequiredService<IAccountDirectory>().ReloadAsync(CancellationToken.None);
        await host.StartAsync();
        var consumerHost = new ConsumerHost(host, database, accountId, virtualHost);
        if (!await consumerHost.WaitForConsumerAsync())
        {
            await consumerHost.DisposeAsync();
            throw new InvalidOperationException("The dashboard consumer did not attach to backend.mt5.events.");
        }

        return consumerHost;
    }

    /// <summary>Publishes to <c>mt5.events</c> and waits for the broker's confirm.</summary>
    public async Task PublishAsync(string accountKey, string type, byte[] body)
    {
        if (_publisher is not { IsOpen: true })
        {
            await DisposePublisherAsync();
            _connection = await RabbitMqBroker.CreateConnectionFactory(_virtualHost).CreateConnectionAsync();
            _publisher = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        }

        await _publisher.BasicPublishAsync("mt5.events", Core.Events.RoutingKeys.For(accountKey, type), mandatory: true, new BasicProperties { Persistent = true }, body);
    }

    /// <summary>Like a bridge would: retries until the broker confirms (redeliveries are the consumer's problem).</summary>
    public async Task PublishWithRetryAsync(string accountKey, string type, byte[] body)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                await PublishAsync(accountKey, type, body);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && DateTime.UtcNow < deadline)
            {
                await DisposePublisherAsync();
                await Task.Delay(250);
            }
        }
    }

    /// <summary>Polls until <paramref name="condition"/> holds or the timeout passes.</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return condition();
    }

    public async ValueTask DisposeAsync()
    {
        await DisposePublisherAsync();
        await _host.StopAsync();
        _host.Dispose();
        Database.Dispose();
    }

    private async Task<bool> WaitForConsumerAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        await using var connection = await RabbitMqBroker.CreateConnectionFactory(_virtualHost).CreateConnectionAsync();
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await using var probe = await connection.CreateChannelAsync();
                if ((await probe.QueueDeclarePassiveAsync("backend.mt5.events")).ConsumerCount > 0)
                {
                    return true;
                }
            }
            catch (OperationInterruptedException)
            {
                // The consumer has not declared the queue yet.
            }

            await Task.Delay(100);
        }

        return false;
    }

    private async Task DisposePublisherAsync()
    {
        foreach (var resource in new IAsyncDisposable?[] { _publisher, _connection })
        {
            try
            {
                if (resource is not null)
                {
                    await resource.DisposeAsync();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Already broken by an outage; nothing to close.
            }
        }

        (_publisher, _connection) = (null, null);
    }
}
