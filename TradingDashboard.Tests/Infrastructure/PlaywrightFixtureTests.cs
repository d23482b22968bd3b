namespace TradingDashboard.Tests.Infrastructure;

/// <summary>Proves the shared Chromium starts from the system package and runs pages with scripts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaywrightFixtureTests(PlaywrightFixture browser)
{
    [Fact]
    public async Task NewPageAsync_RunsPageScripts()
    {
        var (context, page) = await browser.NewPageAsync();
        await using (context)
        {
            await page.SetContentAsync("""<button onclick="this.textContent = 'clicked'">click</button>""");
            await page.ClickAsync("button");

            Assert.Equal("clicked", await page.TextContentAsync("button"));
        }
    }

    [Fact]
    public async Task NewPageAsync_LoadsTheDashboardAndStartsBlazor()
    {
        await using var server = DashboardServer.Start(new Dictionary<string, string?> { ["Simulator:Enabled"] = "false" });
        var (context, page) = await browser.NewPageAsync(server.BaseAddress);
        await using (context)
        {
            var response = await page.GotoAsync("/");

            Assert.True(response?.Ok, $"GET / returned {response?.Status}");
            await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        }
    }
}
