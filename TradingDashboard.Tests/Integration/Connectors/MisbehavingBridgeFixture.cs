using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TradingDashboard.Tests.Integration.Connectors;

/// <summary>
/// A bridge on 127.0.0.1 that answers what the simulator never does: broken JSON, records without
/// required fields, 400s with the bridge's error body, 503s. The login in the path picks the answer.
/// </summary>
public sealed class MisbehavingBridgeFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/api/mt5/account/{login}/positions", (string login) => login switch
        {
            "broken" => Results.Text("{\"positions\": [", "application/json"),
            "missing" => Results.Text("""{"positions": [{"ticket": 5, "type": 0, "volume": 0.1, "symbol": "EURUSD"}]}""", "application/json"),
            "nolist" => Results.Text("""{"login": "nolist", "count": 0}""", "application/json"),
            "badtype" => Results.Text("""{"positions": [{"ticket": 5, "time": 1, "type": 7, "magic": 0, "volume": 0.1, "price_open": 1.1, "sl": 0, "tp": 0, "price_current": 1.1, "swap": 0, "profit": 0, "symbol": "EURUSD", "comment": ""}]}""", "application/json"),
            _ => Results.StatusCode(StatusCodes.Status503ServiceUnavailable),
        });
        _app.MapPost("/api/mt5/account/{login}/orders", () =>
            Results.Json(new { error = "invalid_request", message = "volume must be a number." }, statusCode: StatusCodes.Status400BadRequest));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
