using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Candles;
using TradingDashboard.Tests.Infrastructure;
using TradingDashboard.Tests.Integration.Access;

namespace TradingDashboard.Tests.Integration.Candles;

/// <summary>
/// The real dashboard with its embedded bridge simulator (default accounts, back-filled history)
/// on a fresh RabbitMQ vhost, its log captured; tests publish bridge events like the MT5 bridge.
/// </summary>
public sealed class CandlesDashboardFixture : IAsyncLifetime
{
    /// <summary>"Sim Trader USD" of appsettings.json: seeded in the account map and simulated under login 5001234.</summary>
    public static readonly Guid AccountId = Guid.Parse("7d3c2f9a-1b4e-4c8d-9a6f-2e5b8c1d0a01");
    public const string Login = "5001234";

    private readonly RabbitMqVhostFixture _broker = new();
    private DashboardServer? _dashboard;
    private ConfirmingPublisher? _publisher;

    public DashboardServer Dashboard => _dashboard ?? throw new InvalidOperationException("The dashboard is not started.");

    public LogCapture Logs { get; } = new();

    public ICandleSeriesService Candles => Dashboard.Services.GetRequiredService<ICandleSeriesService>();

    /// <summary>Publishes to <c>mt5.events</c> with <c>account.{id}.{type}</c>; returns once the broker confirmed.</summary>
    public async Task PublishAsync(Guid accountId, string type, byte[] body)
    {
        var publisher = _publisher ?? throw new InvalidOperationException("The publisher is not open.");
        await publisher.PublishAsync(accountId, type, body);
    }

    /// <summary>The bridge's headless counts for <see cref="Login"/>: (price, candles of <paramref name="timeframe"/>, candles M1) of a symbol.</summary>
    public async Task<(int Price, int Candles, int Minutes)> SubscriptionCountsAsync(string symbol, string timeframe)
    {
        using var client = Dashboard.CreateClient();
        var health = await client.GetFromJsonAsync<JsonElement>(new Uri($"mt5/headless/health/{Login}", UriKind.Relative));
        static int Count(JsonElement list, string symbol, string? timeframe) => list.EnumerateArray()
            .Where(s => s.GetProperty("symbol").GetString() == symbol && (timeframe is null || s.GetProperty("timeframe").GetString() == timeframe))
            .Sum(s => s.GetProperty("count").GetInt32());
        return (
            Count(health.GetProperty("price_subscriptions"), symbol, null),
            Count(health.GetProperty("candle_subscriptions"), symbol, timeframe),
            Count(health.GetProperty("candle_subscriptions"), symbol, "M1"));
    }

    public async Task InitializeAsync()
    {
        await _broker.InitializeAsync();
        _dashboard = DashboardServer.Start(_broker.MessagingSettings, services => services.AddSingleton<ILoggerProvider>(Logs));
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
}
