using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Connectors.Mt5Bridge;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Simulation;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Endpoints;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Integration.Connectors;

/// <summary>
/// The bridge simulator (real HTTP API, real trading engine) on a Kestrel at 127.0.0.1, and the
/// dashboard's connector services pointed at it. The market ticks once every 10 s, so a quote read
/// just before and just after an order brackets the price it filled at. The account holds one XAUUSD
/// position from the start, so EURUSD is flat.
/// </summary>
public sealed class ConnectorSimulatorFixture : IAsyncLifetime
{
    public const string Login = "7101";
    public const string Symbol = "EURUSD";

    public static readonly Guid AccountId = Guid.Parse("3c1e9a52-6f0d-4b8e-a2d4-91f7b0c6e201");

    private WebApplication? _app;

    /// <summary>The simulator's base address, ending in '/'.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public Account Account { get; } = new() { Id = AccountId, DisplayName = "Connector tests", Platform = Platform.Mt5, BrokerLogin = Login, Currency = "USD" };

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        // Only this configuration (the app's appsettings.json would add its accounts), in place before
        // UseUrls writes the address into it.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:Seed"] = "29",
            ["Simulator:TicksPerSecond"] = "0.1",
            ["Simulator:HistoryDays"] = "1",
            ["Simulator:Accounts:0:Login"] = Login,
            ["Simulator:Accounts:0:InternalAccountId"] = AccountId.ToString(),
            ["Simulator:Accounts:0:Name"] = "Connector contract",
            ["Simulator:Accounts:0:Balance"] = "10000",
            ["Simulator:Accounts:0:Positions:0:Symbol"] = "XAUUSD",
            ["Simulator:Accounts:0:Positions:0:Volume"] = "0.01",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IEventPublisher>(new RecordingEventPublisher());
        builder.Services.AddBridgeSimulator(builder.Configuration);
        _app = builder.Build();
        _app.MapBridgeSimulatorApi();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The dashboard side: <c>AddStreaming</c> + <c>AddConnectors</c> against <paramref name="bridge"/> (default: this simulator).</summary>
    public ServiceProvider CreateServices(int tradeTimeoutMs = 10_000, int readTimeoutMs = 10_000, Uri? bridge = null, IEnumerable<Guid>? paperAccounts = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Connectors:TradeTimeoutMs"] = tradeTimeoutMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bridge:Timeout"] = TimeSpan.FromMilliseconds(readTimeoutMs).ToString(),
        };
        foreach (var (id, index) in (paperAccounts ?? []).Select((id, index) => (id, index)))
        {
            settings[$"Connectors:PaperAccounts:{index}"] = id.ToString();
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IBridgeAddress>(new FixedBridgeAddress(bridge ?? BaseAddress));
        services.AddStreaming(configuration);
        services.AddConnectors(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>POST /mt5/simulator/faults for this fixture's login.</summary>
    public async Task SetFaultAsync(string mode, int latencyMs = 0, int count = 0)
    {
        using var response = await Client.PostAsJsonAsync("mt5/simulator/faults", new { mode, login = Login, latency_ms = latencyMs, count });
        response.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
