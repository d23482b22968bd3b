using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Domain;
using TradingDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TradingDashboard.Tests.Browser;

/// <summary>
/// The chart page in real Chromium against the dashboard with its embedded bridge simulator
/// (history over HTTP) and RabbitMQ (live bars). Each test charts its own symbol, so a bar one
/// test publishes never shows up in another's assertions.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ChartPageTests(PlaywrightFixture browser, ChartDashboardFixture fixture)
    : IClassFixture<ChartDashboardFixture>, IAsyncDisposable
{
    private static readonly TimeSpan ReleaseWithin = TimeSpan.FromSeconds(10);

    private readonly UserSessions _sessions = new(browser, fixture.Dashboard.BaseAddress);

    public ValueTask DisposeAsync() => _sessions.DisposeAsync();

    [Fact]
    public async Task ChartPage_Opened_RendersBarsFromHistory()
    {
        var page = await OpenChartAsync("EURUSD", "M15");
        var chart = page.Locator("[data-testid=chart]");

        await WaitForBarsAsync(chart, 100);
        await Expect(chart.Locator("canvas").First).ToBeVisibleAsync();
        await Expect(chart).ToHaveAttributeAsync("data-digits", "5");
        await Expect(chart.Locator(".chart-legend-head")).ToContainTextAsync("EURUSD · M15");
        await Expect(chart.Locator(".chart-legend-head [data-field=c]")).ToHaveTextAsync(FiveDigitPrice());
    }

    [Fact]
    public async Task CandleUpdate_PublishedToRabbitMq_AppearsAsTheLastBar()
    {
        var page = await OpenChartAsync("XAUUSD", "M1");
        var chart = page.Locator("[data-testid=chart]");
        var count = await WaitForBarsAsync(chart, 50);

        // A bar two minutes ahead is newer than anything the simulator has sent: it opens the next bar.
        var time = Timeframe.M1.BarOpen(DateTimeOffset.UtcNow).AddMinutes(2);
        await fixture.PublishBarAsync("XAUUSD", "M1", time, 2651.10m, 2659.80m, 2650.05m, 2657.35m);

        await Expect(chart).ToHaveAttributeAsync("data-last-bar-time", time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), new() { Timeout = 5_000 });
        await Expect(chart).ToHaveAttributeAsync("data-last-close", "2657.35");
        Assert.True(int.Parse((await chart.GetAttributeAsync("data-bar-count"))!, CultureInfo.InvariantCulture) > count);

        // A revision of the same bar changes it in place: no new bar.
        var after = await chart.GetAttributeAsync("data-bar-count");
        await fixture.PublishBarAsync("XAUUSD", "M1", time, 2651.10m, 2661.00m, 2650.05m, 2660.90m);
        await Expect(chart).ToHaveAttributeAsync("data-last-close", "2660.90", new() { Timeout = 5_000 });
        await Expect(chart).ToHaveAttributeAsync("data-bar-count", after!);
    }

    [Fact]
    public async Task TimeframeSwitch_H1ToM5_ChangesTheBarsAndTheUrl()
    {
        var page = await OpenChartAsync("GBPUSD", "H1");
        var chart = page.Locator("[data-testid=chart]");
        await WaitForBarsAsync(chart, 50);
        var h1First = long.Parse((await chart.GetAttributeAsync("data-first-bar-time"))!, CultureInfo.InvariantCulture);
        var h1Last = long.Parse((await chart.GetAttributeAsync("data-last-bar-time"))!, CultureInfo.InvariantCulture);

        await page.Locator("[data-testid=tf-M5]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("tf=M5"));
        await Expect(page.Locator("[data-testid=tf-M5]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(chart.Locator(".chart-legend-head")).ToContainTextAsync("GBPUSD · M5");
        await Expect(chart).Not.ToHaveAttributeAsync("data-first-bar-time", h1First.ToString(CultureInfo.InvariantCulture));
        await WaitForBarsAsync(chart, 50);
        var m5First = long.Parse((await chart.GetAttributeAsync("data-first-bar-time"))!, CultureInfo.InvariantCulture);
        var m5Last = long.Parse((await chart.GetAttributeAsync("data-last-bar-time"))!, CultureInfo.InvariantCulture);

        // The same history window in five-minute bars covers a much shorter span, ending at the same hour.
        Assert.True(m5Last - m5First < h1Last - h1First, $"M5 spans {m5Last - m5First}s, H1 {h1Last - h1First}s.");
        Assert.Equal(0, m5Last % 300);
        Assert.True(m5Last >= h1Last, $"The M5 bar {m5Last} opens before the H1 bar {h1Last}.");
    }

    [Fact]
    public async Task ChartPage_Closed_ReleasesTheBridgeSubscriptions()
    {
        Assert.Empty(await fixture.BridgeSubscriptionsAsync("USDJPY"));
        var page = await OpenChartAsync("USDJPY", "M5");
        await WaitForBarsAsync(page.Locator("[data-testid=chart]"), 10);
        var opened = await fixture.BridgeSubscriptionsAsync("USDJPY");
        Assert.Contains("price 1", opened);

        // A timeframe switch releases the old series' subscriptions before the new ones are taken.
        await page.Locator("[data-testid=tf-M30]").ClickAsync();
        await Expect(page.Locator("[data-testid=chart] .chart-legend-head")).ToContainTextAsync("USDJPY · M30");
        var switched = await fixture.BridgeSubscriptionsAsync("USDJPY");
        Assert.Contains("price 1", switched);
        Assert.All(switched, s => Assert.EndsWith(" 1", s, StringComparison.Ordinal));

        // Closing the tab the way a browser does (unload runs): Blazor's disconnect beacon ends the
        // circuit at once, rather than when the server evicts an unreachable one minutes later.
        await page.CloseAsync(new() { RunBeforeUnload = true });

        var deadline = DateTime.UtcNow + ReleaseWithin;
        var left = await fixture.BridgeSubscriptionsAsync("USDJPY");
        while (left.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            left = await fixture.BridgeSubscriptionsAsync("USDJPY");
        }

        Assert.Empty(left);
    }

    [Fact]
    public async Task IndicatorMenu_RsiAddedWithPeriod21_ShowsItsPaneAndSurvivesAReload()
    {
        var (userName, password) = await CreateTraderAsync();
        var page = await _sessions.SignInAsync(userName, password);
        await _sessions.OpenAsync(page, fixture.ChartPath("ETHUSD", "M15"));
        var chart = page.Locator("[data-testid=chart]");
        await Expect(chart).ToHaveAttributeAsync("data-pane-count", "1", new() { Timeout = 15_000 });

        await page.Locator("[data-testid=chart-indicators]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Relative strength index" }).ClickAsync();
        var dialog = page.Locator("[data-testid=indicator-dialog]");
        var period = dialog.Locator("[data-testid=param-period] input");
        await period.FillAsync("0");
        await dialog.Locator("[data-testid=indicator-save]").ClickAsync();
        await Expect(dialog.Locator("[data-testid=param-error-period]")).ToContainTextAsync("between 1 and 500");
        await period.FillAsync("21");
        await dialog.Locator("[data-testid=indicator-save]").ClickAsync();

        await Expect(page.Locator("[data-testid=indicator-chip][data-kind=RSI]")).ToContainTextAsync("RSI 21");
        await Expect(chart).ToHaveAttributeAsync("data-pane-count", "2");
        await Expect(chart.Locator("[data-testid=legend-row]")).ToContainTextAsync("RSI 21");
        await Expect(chart.Locator("[data-testid=legend-row] [data-field=rsi]")).ToHaveTextAsync(TwoDecimals());

        await page.ReloadAsync();
        await UserSessions.WaitInteractiveAsync(page);
        await Expect(page.Locator("[data-testid=indicator-chip][data-kind=RSI]")).ToContainTextAsync("RSI 21");
        await Expect(chart).ToHaveAttributeAsync("data-pane-count", "2", new() { Timeout = 15_000 });

        await page.Locator("[data-testid=indicator-chip][data-kind=RSI] [data-testid=indicator-remove]").ClickAsync();
        await Expect(chart).ToHaveAttributeAsync("data-pane-count", "1");
        await Expect(page.Locator("[data-testid=indicator-chip]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ChartPage_FourIndicators_DrawsOverlaysAndTwoPanes()
    {
        var (userName, password) = await CreateTraderAsync();
        var page = await _sessions.SignInAsync(userName, password);
        await page.SetViewportSizeAsync(1440, 900);
        await _sessions.OpenAsync(page, fixture.ChartPath("EURUSD", "H1"));
        var chart = page.Locator("[data-testid=chart]");
        await WaitForBarsAsync(chart, 100);

        await AddIndicatorAsync(page, "Exponential moving average");
        await AddIndicatorAsync(page, "Bollinger Bands");
        await AddIndicatorAsync(page, "Relative strength index");
        await AddIndicatorAsync(page, "MACD");

        await Expect(chart).ToHaveAttributeAsync("data-pane-count", "3");
        await Expect(chart.Locator("[data-testid=legend-row]")).ToHaveCountAsync(4);
        await Expect(chart.Locator("[data-testid=legend-row]").Filter(new() { HasText = "BB 20 2" }).Locator("[data-field=upper]")).ToHaveTextAsync(FiveDigitPrice());
        await Expect(chart.Locator("[data-testid=legend-row]").Filter(new() { HasText = "MACD 12 26 9" }).Locator("[data-field=histogram]")).ToHaveTextAsync(SignedFiveDigits());

        // TD_DOCS_SCREENSHOT=docs/chart.png refreshes the README's picture from this very state.
        if (Environment.GetEnvironmentVariable("TD_DOCS_SCREENSHOT") is { Length: > 0 } path)
        {
            await chart.HoverAsync(new() { Position = new Microsoft.Playwright.Position { X = 900, Y = 200 } });
            await page.ScreenshotAsync(new() { Path = path });
        }
    }

    [Fact]
    public async Task ChartPage_Loaded_ReportsNoContentSecurityPolicyViolations()
    {
        var page = await _sessions.SignInAsAdminAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Type == "error")
            {
                violations.Add(message.Text);
            }
        };
        page.PageError += (_, error) => violations.Add(error);

        await _sessions.OpenAsync(page, fixture.ChartPath("BTCUSD.a", "M5"));
        await WaitForBarsAsync(page.Locator("[data-testid=chart]"), 10);
        await page.WaitForTimeoutAsync(500);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task ChartPage_UnknownAccount_ShowsANoticeNotAChart()
    {
        var page = await _sessions.SignInAsAdminAsync();
        await _sessions.OpenAsync(page, $"chart?account={Guid.NewGuid():D}");

        await Expect(page.Locator("[data-testid=account-not-found]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=chart]")).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"^\d+\.\d{5}$")]
    private static partial Regex FiveDigitPrice();

    [GeneratedRegex(@"^-?\d+\.\d{5}$")]
    private static partial Regex SignedFiveDigits();

    [GeneratedRegex(@"^\d+\.\d{2}$")]
    private static partial Regex TwoDecimals();

    /// <summary>Waits until the chart reports at least <paramref name="minimum"/> bars; returns the count.</summary>
    private static async Task<int> WaitForBarsAsync(ILocator chart, int minimum)
    {
        var deadline = DateTime.UtcNow + UserSessions.PageReady;
        while (true)
        {
            var text = await chart.GetAttributeAsync("data-bar-count");
            var count = text is null ? 0 : int.Parse(text, CultureInfo.InvariantCulture);
            if (count >= minimum)
            {
                return count;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The chart shows {count} bars; expected at least {minimum}.");
            await Task.Delay(100);
        }
    }

    private static async Task AddIndicatorAsync(IPage page, string name)
    {
        await page.Locator("[data-testid=chart-indicators]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = name }).ClickAsync();
        var dialog = page.Locator("[data-testid=indicator-dialog]");
        await dialog.Locator("[data-testid=indicator-save]").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AccessRemoved_WhileTheChartIsOpen_ShowsTheNoticeAndReleasesTheBridge()
    {
        var trader = await CreateTraderAsync();
        var page = await _sessions.SignInAsync(trader.UserName, trader.Password);
        await _sessions.OpenAsync(page, fixture.ChartPath("GER40", "H1"));
        await WaitForBarsAsync(page.Locator("[data-testid=chart]"), 10);
        Assert.Contains("price 1", await fixture.BridgeSubscriptionsAsync("GER40"));

        await using (var scope = fixture.Dashboard.Services.CreateAsyncScope())
        {
            var administration = scope.ServiceProvider.GetRequiredService<IAccountAdministration>();
            var removed = await administration.SetAssignmentsAsync(await fixture.Dashboard.AdminAsync(), fixture.AccountId, [], CancellationToken.None);
            Assert.True(removed.Succeeded);
        }

        await Expect(page.Locator("[data-testid=account-access-lost]")).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await Expect(page.Locator("[data-testid=chart]")).ToHaveCountAsync(0);
        var deadline = DateTime.UtcNow + ReleaseWithin;
        var left = await fixture.BridgeSubscriptionsAsync("GER40");
        while (left.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            left = await fixture.BridgeSubscriptionsAsync("GER40");
        }

        Assert.Empty(left);
    }

    private async Task<IPage> OpenChartAsync(string symbol, string timeframe)
    {
        var page = await _sessions.SignInAsAdminAsync();
        await _sessions.OpenAsync(page, fixture.ChartPath(symbol, timeframe));
        return page;
    }

    private async Task<(string UserName, string Password)> CreateTraderAsync()
    {
        var name = $"chart-{Guid.NewGuid():N}"[..15];
        var password = await fixture.Dashboard.CreateUserAsync(name);
        var admin = await fixture.Dashboard.AdminAsync();
        await using var scope = fixture.Dashboard.Services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<IAccountAdministration>();
        var result = await administration.SetAssignmentsAsync(admin, fixture.AccountId, [await fixture.Dashboard.UserIdAsync(name)], CancellationToken.None);
        Assert.True(result.Succeeded);
        return (name, password);
    }
}
