using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Browser;

public sealed class ScratchProbeTests
{
    [Fact]
    public async Task Probe()
    {
        await using var server = DashboardServer.Start(new Dictionary<string, string?> { ["Simulator:Enabled"] = "false" });
        using var client = server.CreateClient();
        foreach (var path in new[] { "_content/Radzen.Blazor/css/standard-dark-base.css", "_content/Radzen.Blazor/Radzen.Blazor.js", "app.css", "_framework/blazor.web.js" })
        {
            var r = await client.GetAsync(new Uri(path, UriKind.Relative));
            Console.WriteLine($"PROBE {path} {(int)r.StatusCode}");
        }
    }
}
