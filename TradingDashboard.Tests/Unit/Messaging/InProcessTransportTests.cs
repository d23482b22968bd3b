using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Validation;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Unit.Messaging;

/// <summary>The embedded default: publisher bytes go through the same pipeline, with rejections recorded.</summary>
public sealed class InProcessTransportTests : IAsyncLifetime, IDisposable
{
    private readonly Guid _accountId = Guid.NewGuid();
    private SqliteTestDatabase _database = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = new SqliteTestDatabase();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:ConnectionString"] = _database.ConnectionString,
            ["Accounts:Seed:0:Id"] = _accountId.ToString(),
            ["Accounts:Seed:0:DisplayName"] = "In process",
            ["Accounts:Seed:0:BrokerLogin"] = "42",
        });
        builder.Services.AddSingleton(TimeProvider.System)
            .AddPersistence(builder.Configuration)
            .AddAccounts(builder.Configuration)
            .AddStreaming(builder.Configuration)
            .AddMessaging(builder.Configuration);
        _host = builder.Build();
        await _host.Services.GetRequiredService<AccountSeeder>().SeedAsync(CancellationToken.None);
        await _host.Services.GetRequiredService<IAccountDirectory>().ReloadAsync(CancellationToken.None);
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task PublishAsync_ValidTick_ReachesHubSubscriber()
    {
        using var subscription = Hub.Subscribe(MarketTopic.Group(GroupKeys.Prices(_accountId, "XAUUSD")));

        await Publisher.PublishAsync(RoutingKeys.For(_accountId, EventTypes.PriceTick), TestEvents.Tick(_accountId, "XAUUSD", 2650.11m, 2650.37m, TestEvents.BaseTime.ToUnixTimeMilliseconds()), CancellationToken.None);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var quote = Assert.IsType<QuoteUpdate>(Assert.Single(await subscription.ReadAsync(timeout.Token)));
        Assert.Equal(2650.37m, quote.Tick.Ask);
    }

    [Fact]
    public async Task PublishAsync_InvalidEvent_RecordedAsDeadLetterWithReason()
    {
        await Publisher.PublishAsync(RoutingKeys.For(_accountId, EventTypes.PriceTick), "{\"event_version\":1}"u8.ToArray(), CancellationToken.None);

        var log = _host.Services.GetRequiredService<DeadLetterLog>();
        Assert.True(await ConsumerHost.WaitUntilAsync(() => log.Recent().Count == 1, TimeSpan.FromSeconds(10)));
        var dead = log.Recent()[0];
        Assert.Equal(RejectReason.MissingField, dead.Rejection.Reason);
        Assert.Equal("event_id is required", dead.Rejection.Detail);
    }

    [Fact]
    public async Task PublishAsync_KeyOutsideAccountBinding_ThrowsUnroutable()
    {
        await Assert.ThrowsAsync<MessagingException>(() => Publisher.PublishAsync("bridge.heartbeat", "{}"u8.ToArray(), CancellationToken.None));
    }

    private IEventPublisher Publisher => _host.Services.GetRequiredService<IEventPublisher>();

    private IMarketHub Hub => _host.Services.GetRequiredService<IMarketHub>();
}
