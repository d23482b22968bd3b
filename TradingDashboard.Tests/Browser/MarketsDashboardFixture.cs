using System.Globalization;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using TradingDashboard.Core.Events;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Browser;

/// <summary>
/// One dashboard wired to RabbitMQ (a fresh vhost), the simulator off, two seeded accounts;
/// tests publish bridge events like the MT5 bridge and watch the page in Chromium.
/// </summary>
public sealed class MarketsDashboardFixture : IAsyncLifetime
{
    public const string PrimaryLogin = "51230001";
    public const string SecondaryLogin = "51230002";
    public const string Exchange = "mt5.events";

    private readonly RabbitMqVhostFixture _broker = new();
    private DashboardServer? _dashboard;
    private IConnection? _connection;
    private IChannel? _publisher;

    public Guid PrimaryAccountId { get; } = Guid.NewGuid();

    public Guid SecondaryAccountId { get; } = Guid.NewGuid();

    public DashboardServer Dashboard => _dashboard ?? throw new InvalidOperationException("The dashboard is not started.");

    public Uri MarketsUrl(Guid accountId) => new(Dashboard.BaseAddress, $"markets?account={accountId:D}");

    /// <summary>Publishes to <c>mt5.events</c> with <c>account.{id}.{type}</c>; returns once the broker confirmed.</summary>
    public async Task PublishAsync(Guid accountId, string type, byte[] body)
    {
        var publisher = _publisher ?? throw new InvalidOperationException("The publisher is not open.");
        var properties = new BasicProperties { ContentType = "application/json", Persistent = true };
        await publisher.BasicPublishAsync(Exchange, RoutingKeys.For(accountId, type), mandatory: true, properties, body);
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
        _dashboard = DashboardServer.Start(settings);
        await WaitForConsumerAsync();

        // Opened up front so "within a second of publishing" does not count the AMQP handshake.
        _connection = await _broker.CreateConnectionFactory().CreateConnectionAsync();
        _publisher = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
    }

    public async Task DisposeAsync()
    {
        if (_publisher is not null)
        {
            await _publisher.DisposeAsync();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
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

    // The consumer declares the topology and attaches asynchronously after the app starts.
    private async Task WaitForConsumerAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await using var probe = await _broker.CreateChannelAsync();
                if ((await probe.QueueDeclarePassiveAsync("backend.mt5.events")).ConsumerCount > 0)
                {
                    return;
                }
            }
            catch (OperationInterruptedException)
            {
                // Not declared yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The dashboard's consumer did not attach to backend.mt5.events.");
    }
}
