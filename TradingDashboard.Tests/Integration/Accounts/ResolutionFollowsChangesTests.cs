using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Accounts.Credentials;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Tests.Infrastructure;
using TradingDashboard.Tests.Integration.Access;

namespace TradingDashboard.Tests.Integration.Accounts;

/// <summary>
/// The running consumer on a real RabbitMQ resolves broker logins through the registry the admin
/// edits: a mapping, a login change and a deactivation take effect on the next event, no restart.
/// </summary>
public sealed class ResolutionFollowsChangesTests(RabbitMqVhostFixture broker) : IClassFixture<RabbitMqVhostFixture>, IAsyncLifetime, IDisposable
{
    private const string Dlq = "backend.mt5.events.dlq";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private SqliteTestDatabase _database = null!;
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("td-keys-");
    private IHost _host = null!;
    private IConnection _connection = null!;
    private IChannel _publisher = null!;
    private long _timeMsc = TestEvents.BaseTime.ToUnixTimeMilliseconds();

    public async Task InitializeAsync()
    {
        _database = new SqliteTestDatabase();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(broker.MessagingSettings)
        {
            ["Persistence:ConnectionString"] = _database.ConnectionString,
            ["Messaging:RabbitMq:HeartbeatSeconds"] = "5",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPersistence(builder.Configuration);
        builder.Services.AddAccounts(builder.Configuration);
        builder.Services.AddStreaming(builder.Configuration);
        builder.Services.AddMessaging(builder.Configuration);
        builder.Services.AddAccess(builder.Configuration);
        builder.Services.AddAccountAdministration(builder.Configuration);
        builder.Services.AddSingleton<IUserDirectory, FakeUserDirectory>();
        builder.Services.AddSingleton<ICredentialProtector>(new DataProtectionCredentialProtector(_keys));
        _host = builder.Build();
        await _host.Services.GetRequiredService<IAccountDirectory>().ReloadAsync(CancellationToken.None);
        await _host.Services.GetRequiredService<IAccountAccess>().ReloadAsync(CancellationToken.None);
        await _host.StartAsync();
        _connection = await broker.CreateConnectionFactory().CreateConnectionAsync();
        _publisher = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        Assert.True(await ConsumerHost.WaitUntilAsync(() => ConsumerAttachedAsync().GetAwaiter().GetResult(), Patience), "the consumer did not attach");
    }

    public async Task DisposeAsync()
    {
        await _publisher.DisposeAsync();
        await _connection.DisposeAsync();
        await _host.StopAsync();
        _host.Dispose();
    }

    /// <summary>After <see cref="DisposeAsync"/> (xunit's order): the files outlive the host.</summary>
    public void Dispose()
    {
        _database.Dispose();
        _keys.Delete(recursive: true);
    }

    [Fact]
    public async Task Consume_LoginMappedThenMovedThenDeactivated_ResolutionFollowsWithoutRestart()
    {
        var hub = _host.Services.GetRequiredService<IMarketHub>();
        await using var scope = _host.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<IAccountAdministration>();

        await PublishTickAsync("88000001");
        Assert.Equal(["unknown_account"], await DeadLettersAsync(1));

        var created = await admin.CreateAsync(AccessTestServices.Admin, AccessTestServices.Draft("88000001", "Mapped live"), CancellationToken.None);
        var id = created.Account!.Account.Id;
        using (var prices = hub.Subscribe(MarketTopic.Prefix(GroupKeys.PricesPrefix(id))))
        {
            await PublishTickAsync("88000001");
            Assert.Equal(id, (await NextQuoteAsync(prices)).Tick.AccountId);

            var moved = await admin.UpdateAsync(AccessTestServices.Admin, id, AccessTestServices.Draft("88000002", "Mapped live"), CancellationToken.None);
            Assert.True(moved.Succeeded);
            await PublishTickAsync("88000001");
            Assert.Equal(["unknown_account"], await DeadLettersAsync(1));
            await PublishTickAsync("88000002");
            Assert.Equal(id, (await NextQuoteAsync(prices)).Tick.AccountId);
        }

        await admin.SetActiveAsync(AccessTestServices.Admin, id, false, CancellationToken.None);
        await PublishTickAsync("88000002");
        Assert.Equal(["unknown_account"], await DeadLettersAsync(1));
    }

    private async Task PublishTickAsync(string login)
    {
        _timeMsc += 1000;
        var body = TestEvents.LegacyTick(login, "EURUSD", 1.08450m, 1.08462m, _timeMsc);
        await _publisher.BasicPublishAsync("mt5.events", RoutingKeys.For(login, EventTypes.PriceTick), mandatory: true, new BasicProperties { Persistent = true }, body);
    }

    private async Task<List<string?>> DeadLettersAsync(uint count)
    {
        Assert.Equal(count, await broker.WaitForMessageCountAsync(Dlq, count, Patience));
        return [.. (await broker.GetMessagesAsync(Dlq)).Select(m => m.Header("x-reject-reason"))];
    }

    private static async Task<QuoteUpdate> NextQuoteAsync(IMarketSubscription subscription)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            if ((await subscription.ReadAsync(timeout.Token)).OfType<QuoteUpdate>().LastOrDefault() is { } quote)
            {
                return quote;
            }
        }
    }

    private async Task<bool> ConsumerAttachedAsync()
    {
        try
        {
            await using var channel = await broker.CreateChannelAsync();
            return (await channel.QueueDeclarePassiveAsync("backend.mt5.events")).ConsumerCount > 0;
        }
        catch (OperationInterruptedException)
        {
            return false;
        }
    }
}
