using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>Proves the hosted dashboard fixture: real Kestrel on loopback, settings applied, own database.</summary>
public sealed class DashboardServerTests
{
    private static readonly Dictionary<string, string?> Quiet = new() { ["Simulator:Enabled"] = "false" };

    [Fact]
    public async Task Start_ServesThePageAndBlazorScriptOnLoopback()
    {
        await using var server = DashboardServer.Start(Quiet);
        using var client = await server.CreateSignedInClientAsync(DashboardServer.AdminUserName, DashboardServer.AdminPassword);

        var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        var script = await client.GetAsync(new Uri("/_framework/blazor.web.js", UriKind.Relative));

        Assert.Equal(IPAddress.Loopback.ToString(), server.BaseAddress.Host);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("blazor.web", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Start_SettingsOverrideAppsettingsAndDatabaseIsPerInstance()
    {
        var settings = new Dictionary<string, string?>(Quiet) { ["Messaging:RabbitMq:Prefetch"] = "7" };
        string directory;
        await using (var first = DashboardServer.Start(settings))
        await using (var second = DashboardServer.Start(Quiet))
        {
            var configuration = first.Services.GetRequiredService<IConfiguration>();
            Assert.Equal("7", configuration["Messaging:RabbitMq:Prefetch"]);
            Assert.Equal($"Data Source={first.DatabasePath}", configuration["Persistence:ConnectionString"]);
            Assert.NotEqual(first.DatabasePath, second.DatabasePath);
            Assert.NotEqual(first.BaseAddress, second.BaseAddress);
            Assert.True(File.Exists(first.DatabasePath), "the app did not create its database at Persistence:ConnectionString");
            directory = Path.GetDirectoryName(first.DatabasePath)!;
        }

        Assert.False(Directory.Exists(directory));
    }
}
