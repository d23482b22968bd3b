using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading;
using TradingDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TradingDashboard.Tests.Browser;

/// <summary>
/// The History page in real Chromium over trades made through the real trading service against
/// the embedded bridge simulator: lineage, close reasons, steps, filters and the CSV download.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class HistoryPageTests(PlaywrightFixture browser, TradingDashboardFixture fixture)
    : IClassFixture<TradingDashboardFixture>, IAsyncDisposable
{
    private readonly UserSessions _sessions = new(browser, fixture.Dashboard.BaseAddress);
    private readonly TraderActions _trader = new(fixture);

    public ValueTask DisposeAsync() => _sessions.DisposeAsync();

    [Fact]
    public async Task ClosedTrade_ShowsLineageCloseReasonAndEveryStep()
    {
        var key = TraderActions.NewKey();
        var opened = await _trader.OpenAsync("EURUSD", PositionSide.Sell, 0.04m, key: key);
        var ticket = opened.PositionTicket!.Value;
        var (_, ask, digits) = await _trader.QuoteAsync("EURUSD");
        var stopLoss = Math.Round(ask + 0.0100m, digits);
        Assert.Equal(OrderStatus.Done, (await _trader.ModifyAsync(ticket, stopLoss, null)).Status);
        Assert.Equal(OrderStatus.Done, (await _trader.CloseAsync(ticket, 0.01m)).Status);
        Assert.Equal(OrderStatus.Done, (await _trader.CloseAsync(ticket)).Status);
        await _trader.WaitForClosedTradeAsync(ticket);

        var page = await OpenHistoryAsync($"history?account={fixture.AccountId:D}");
        var row = TradeRow(page, ticket);
        await Expect(row.Locator("[data-field=symbol]")).ToHaveTextAsync("EURUSD");
        await Expect(row.Locator("[data-field=side]")).ToHaveTextAsync("sell");
        await Expect(row.Locator("[data-field=volume]")).ToHaveTextAsync("0.04");
        await Expect(row.Locator("[data-field=open-price]")).ToHaveTextAsync(FiveDigits());
        await Expect(row.Locator("[data-field=close-price]")).ToHaveTextAsync(FiveDigits());
        await Expect(row.Locator("[data-field=status]")).ToHaveTextAsync("closed");
        await Expect(row.Locator("[data-field=close-reason]")).ToHaveTextAsync("Manual");
        await Expect(row.Locator("[data-field=source]")).ToHaveTextAsync("Manual");
        await Expect(row.Locator("[data-field=correlation]")).ToHaveTextAsync("test-setup");
        await Expect(row.Locator("[data-field=key]")).ToHaveTextAsync(key);
        await Expect(row.Locator("[data-field=profit]")).ToHaveTextAsync(new Regex(@"^-?[\d,]+\.\d{2}$"));

        await row.Locator("[data-testid=history-expand]").ClickAsync();
        var steps = page.Locator($"[data-testid=history-steps][data-ticket='{ticket}'] [data-testid=history-step]");
        await Expect(steps).ToHaveCountAsync(4);
        string[] kinds = [nameof(OrderKind.Open), nameof(OrderKind.Modify), nameof(OrderKind.PartialClose), nameof(OrderKind.Close)];
        for (var i = 0; i < kinds.Length; i++)
        {
            await Expect(steps.Nth(i)).ToHaveAttributeAsync("data-kind", kinds[i]);
            await Expect(steps.Nth(i).Locator("[data-field=status]")).ToHaveTextAsync("done");
            await Expect(steps.Nth(i).Locator("[data-field=by]")).ToContainTextAsync("you");
        }

        await Expect(steps.Nth(1).Locator("[data-field=sl]")).ToHaveTextAsync(TraderActions.Price(stopLoss, digits));
        await Expect(steps.Nth(2).Locator("[data-field=volume]")).ToHaveTextAsync("0.01");
        await Expect(steps.Nth(2).Locator("[data-field=reason]")).ToHaveTextAsync("Partial close");
        await Expect(steps.Nth(3).Locator("[data-field=volume]")).ToHaveTextAsync("0.03");
        await Expect(steps.Nth(3).Locator("[data-field=reason]")).ToHaveTextAsync("Manual");

        // TD_DOCS_SCREENSHOT_DIR=docs refreshes the README's picture of the History page from this state.
        if (Environment.GetEnvironmentVariable("TD_DOCS_SCREENSHOT_DIR") is { Length: > 0 } directory)
        {
            await Expect(page.Locator(".rz-notification-item")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
            await page.ScreenshotAsync(new() { Path = Path.Combine(directory, "history.png") });
        }

        await row.Locator("[data-testid=history-expand]").ClickAsync();
        await Expect(steps).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OpenTrade_ClosedWhileThePageIsOpen_RowUpdatesAndStaysExpanded()
    {
        var ticket = (await _trader.OpenAsync("GBPUSD", PositionSide.Buy, 0.02m)).PositionTicket!.Value;
        var page = await OpenHistoryAsync($"history?account={fixture.AccountId:D}");
        var row = TradeRow(page, ticket);
        await Expect(row.Locator("[data-field=status]")).ToHaveTextAsync("open");
        await row.Locator("[data-testid=history-expand]").ClickAsync();
        var steps = page.Locator($"[data-testid=history-steps][data-ticket='{ticket}'] [data-testid=history-step]");
        await Expect(steps).ToHaveCountAsync(1);

        Assert.Equal(OrderStatus.Done, (await _trader.CloseAsync(ticket)).Status);

        await Expect(row.Locator("[data-field=status]")).ToHaveTextAsync("closed", new() { Timeout = 20_000 });
        await Expect(row.Locator("[data-field=close-reason]")).ToHaveTextAsync("Manual", new() { Timeout = 20_000 });
        await Expect(steps).ToHaveCountAsync(2);
        await Expect(steps.Nth(1)).ToHaveAttributeAsync("data-kind", nameof(OrderKind.Close));
    }

    [Fact]
    public async Task Filters_NarrowTheGridAndTheExportLink()
    {
        var euro = (await _trader.OpenAsync("EURUSD", PositionSide.Buy, 0.01m)).PositionTicket!.Value;
        var pound = (await _trader.OpenAsync("GBPUSD", PositionSide.Buy, 0.01m)).PositionTicket!.Value;
        var page = await OpenHistoryAsync("history");
        await Expect(TradeRow(page, euro)).ToBeVisibleAsync();
        await Expect(TradeRow(page, pound)).ToBeVisibleAsync();

        await page.Locator("[data-testid=history-symbol]").FillAsync("GBPUSD");
        await page.Locator("[data-testid=history-symbol]").PressAsync("Enter");
        await Expect(TradeRow(page, euro)).ToHaveCountAsync(0);
        await Expect(TradeRow(page, pound)).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=history-grid] tr[data-ticket]")).Not.ToHaveCountAsync(0);
        foreach (var symbol in await page.Locator("[data-testid=history-grid] tr[data-ticket] [data-field=symbol]").AllInnerTextsAsync())
        {
            Assert.Equal("GBPUSD", symbol);
        }

        await Expect(page.Locator("[data-testid=history-export]")).ToHaveAttributeAsync("href", new Regex("^history/trades\\.csv\\?.*symbol=GBPUSD"));

        await page.Locator("[data-testid=history-status]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Closed", Exact = true }).ClickAsync();
        await Expect(TradeRow(page, pound)).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=history-export]")).ToHaveAttributeAsync("href", new Regex("status=Closed"));

        await page.Locator("[data-testid=history-clear]").ClickAsync();
        await Expect(TradeRow(page, euro)).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=history-export]")).ToHaveAttributeAsync("href", "history/trades.csv");
    }

    [Fact]
    public async Task ExportCsv_DownloadsTheTradesOnScreen()
    {
        var key = TraderActions.NewKey();
        var ticket = (await _trader.OpenAsync("GBPUSD", PositionSide.Sell, 0.02m, key: key)).PositionTicket!.Value;
        Assert.Equal(OrderStatus.Done, (await _trader.CloseAsync(ticket)).Status);
        await _trader.WaitForClosedTradeAsync(ticket);
        var page = await OpenHistoryAsync($"history?account={fixture.AccountId:D}");
        await Expect(TradeRow(page, ticket)).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=history-export]").ClickAsync());
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path!);

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var line = Assert.Single(csv.Split('\n'), l => l.Contains(key, StringComparison.Ordinal));
        Assert.Contains(ticket.ToString(System.Globalization.CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
        Assert.Contains("GBPUSD", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HistoryPage_UnknownAccountInTheLink_ShowsANotice()
    {
        var page = await OpenHistoryAsync($"history?account={Guid.NewGuid():D}");

        await Expect(page.Locator("[data-testid=account-not-found]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=history-grid]")).ToHaveCountAsync(0);
    }

    private async Task<IPage> OpenHistoryAsync(string path)
    {
        var page = await _sessions.SignInAsync(TradingDashboardFixture.TraderName, fixture.TraderPassword);
        await _sessions.OpenAsync(page, path);
        return page;
    }

    private static ILocator TradeRow(IPage page, long ticket) =>
        page.Locator($"[data-testid=history-grid] tr[data-ticket='{ticket}']");

    [GeneratedRegex(@"^\d+\.\d{5}$")]
    private static partial Regex FiveDigits();
}
