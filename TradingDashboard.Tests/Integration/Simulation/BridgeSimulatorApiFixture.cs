using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Simulation;
using TradingDashboard.Endpoints;
using TradingDashboard.Tests.Unit.Simulation.Fakes;

namespace TradingDashboard.Tests.Integration.Simulation;

/// <summary>The bridge simulator API and publisher on a real Kestrel at 127.0.0.1 (free port), with a recording publisher.</summary>
public sealed class BridgeSimulatorApiFixture : IAsyncLifetime
{
    public static readonly Guid RoutedAccountId = Guid.Parse("0f6b1f2e-8d51-4d4f-9d0e-6a1c2b3d4e5f");

    /// <summary>A symbol whose market is closed: trade requests on it answer 10018.</summary>
    public const string ClosedSymbol = "XAGUSD";

    private WebApplication? _app;

    internal RecordingEventPublisher Publisher { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        // Only this configuration: the app's appsettings.json in the test output would merge its own accounts in.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:Seed"] = "17",
            ["Simulator:TicksPerSecond"] = "10",
            ["Simulator:Accounts:0:Login"] = "2001",
            ["Simulator:Accounts:0:InternalAccountId"] = RoutedAccountId.ToString(),
            ["Simulator:Accounts:0:Name"] = "Routed by UUID",
            ["Simulator:Accounts:1:Login"] = "2002",
            ["Simulator:Accounts:1:Name"] = "Routed by login",
            ["Simulator:Accounts:1:Currency"] = "EUR",
            ["Simulator:Accounts:1:Balance"] = "2500",
            ["Simulator:Accounts:2:Login"] = "2003",
            ["Simulator:Accounts:2:Name"] = "Disconnect me",
            ["Simulator:Trading:ClosedSymbols:0"] = ClosedSymbol,
        });

        // After clearing the sources, which would drop it: a free port, so several fixtures run side by side.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IEventPublisher>(Publisher);
        builder.Services.AddBridgeSimulator(builder.Configuration);
        _app = builder.Build();
        _app.MapBridgeSimulatorApi();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
