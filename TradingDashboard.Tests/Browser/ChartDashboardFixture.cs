using System.Globalization;
using System.Text.Json;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Browser;

/// <summary>
/// A dashboard for the chart: RabbitMQ transport (a fresh vhost) with the embedded bridge
/// simulator on, so candle history comes from its <c>rates</c> endpoint over HTTP and live bars
/// through the broker; one seeded account the simulator trades as. Tests publish their own
/// <c>candle.update</c> events like the MT5 bridge.
/// </summary>
public sealed class ChartDashboardFixture : IAsyncLifetime
{
    public const string Login = "51240001";

    private readonly RabbitMqVhostFixture _broker = new();
    private DashboardServer? _dashboard;
    private ConfirmingPublisher? _publisher;

    public Guid AccountId { get; } = Guid.NewGuid();

    public DashboardServer Dashboard => _dashboard ?? throw new InvalidOperationException("The dashboard is not started.");

    public string ChartPath(string symbol, string timeframe) =>
        $"chart?account={AccountId:D}&symbol={Uri.EscapeDataString(symbol)}&tf={timeframe}";

    /// <summary>Publishes a <c>candle.update</c> like the bridge; returns once the broker confirmed.</summary>
    public async Task PublishBarAsync(string symbol, string timeframe, DateTimeOffset time, decimal open, decimal high, decimal low, decimal close)
    {
        var publisher = _publisher ?? throw new InvalidOperationException("The publisher is not open.");
        var payload = new CandleUpdatePayload(symbol, timeframe, time.ToUnixTimeSeconds(), open, high, low, close, 42, 3, 0, false);
        var envelope = TestEvents.Envelope(AccountId, EventTypes.CandleUpdate, payload, occurredAt: DateTimeOffset.UtcNow) with { Source = "browser-test", SourceAccountKey = Login };
        await publisher.PublishAsync(AccountId, EventTypes.CandleUpdate, EventSerializer.Serialize(envelope));
    }

    /// <summary>The bridge's price and candle subscriptions of the account for one symbol (its headless diagnostics), e.g. <c>price 1</c>, <c>candles M5 1</c>.</summary>
    public async Task<IReadOnlyList<string>> BridgeSubscriptionsAsync(string symbol)
    {
        using var client = Dashboard.CreateClient();
        using var response = await client.GetAsync(new Uri($"mt5/headless/health/{AccountId:D}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var found = new List<string>();
        foreach (var (list, kind) in new[] { ("price_subscriptions", "price"), ("candle_subscriptions", "candles") })
        {
            foreach (var item in FindArray(document.RootElement, list).EnumerateArray())
            {
                if (!string.Equals(item.GetProperty("symbol").GetString(), symbol, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var timeframe = item.TryGetProperty("timeframe", out var tf) && tf.ValueKind == JsonValueKind.String ? " " + tf.GetString() : "";
                var count = item.GetProperty("count").GetInt32();
                if (count > 0)
                {
                    found.Add(string.Create(CultureInfo.InvariantCulture, $"{kind}{timeframe} {count}"));
                }
            }
        }

        return found;
    }

    public async Task InitializeAsync()
    {
        await _broker.InitializeAsync();
        var settings = new Dictionary<string, string?>(_broker.MessagingSettings)
        {
            ["Simulator:Enabled"] = "true",
            ["Simulator:Seed"] = "424242",
            ["Simulator:TicksPerSecond"] = "4",
            ["Simulator:Accounts:0:Login"] = Login,
            ["Simulator:Accounts:0:InternalAccountId"] = AccountId.ToString("D"),
            ["Simulator:Accounts:0:Name"] = "Chart Trader",
            ["Accounts:Seed:0:Id"] = AccountId.ToString("D"),
            ["Accounts:Seed:0:DisplayName"] = "Chart Account",
            ["Accounts:Seed:0:Platform"] = "MT5",
            ["Accounts:Seed:0:BrokerLogin"] = Login,
            ["Accounts:Seed:0:Server"] = "Simulator-Demo",
            ["Accounts:Seed:0:Currency"] = "USD",
        };
        _dashboard = DashboardServer.Start(settings);
        await _broker.WaitForConsumerAsync(TimeSpan.FromSeconds(30));
        _publisher = await ConfirmingPublisher.OpenAsync(_broker.CreateConnectionFactory());
    }

    public async Task DisposeAsync()
    {
        if (_publisher is not null)
        {
            await _publisher.DisposeAsync();
        }

        if (_dashboard is not null)
        {
            await _dashboard.DisposeAsync();
        }

        await _broker.DisposeAsync();
    }

    private static JsonElement FindArray(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The headless diagnostics have no '{name}' list: {root}"));
}
