using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading;
using TradingDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TradingDashboard.Tests.Browser;

/// <summary>
/// The Positions page in real Chromium against the dashboard trading the embedded bridge
/// simulator over HTTP, with its ticks and position events through RabbitMQ. Each test starts
/// flat (every position closed, every pending order deleted) through the trading service.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PositionsPageTests(PlaywrightFixture browser, TradingDashboardFixture fixture)
    : IClassFixture<TradingDashboardFixture>, IAsyncDisposable
{
    private static readonly LocatorAssertionsToHaveTextOptions Live = new() { Timeout = 20_000 };

    private readonly UserSessions _sessions = new(browser, fixture.Dashboard.BaseAddress);
    private readonly TraderActions _trader = new(fixture);

    public async ValueTask DisposeAsync()
    {
        await _sessions.DisposeAsync();
        await _trader.SetFaultAsync("none");
    }

    [Fact]
    public async Task OpenPosition_ShowsLivePriceAndProfitComputedFromTheTick()
    {
        await _trader.FlattenAsync();
        var opened = await _trader.OpenAsync("EURUSD", PositionSide.Buy, 0.10m);
        var page = await OpenPositionsAsync();
        var row = PositionRow(page, opened.PositionTicket!.Value);

        await Expect(row.Locator("[data-field=symbol]")).ToHaveTextAsync("EURUSD");
        await Expect(row.Locator("[data-field=side]")).ToHaveTextAsync("buy");
        await Expect(row.Locator("[data-field=volume]")).ToHaveTextAsync("0.10");
        await Expect(row.Locator("[data-field=open-price]")).ToHaveTextAsync(FiveDigits());
        await Expect(row.Locator("[data-field=source]")).ToHaveTextAsync("Manual");
        await Expect(row.Locator("[data-field=profit]")).ToHaveAttributeAsync("data-live", "true", new() { Timeout = 20_000 });

        // Ticks keep moving the closing price (the bid of a buy) and the P/L with it.
        var first = await row.Locator("[data-field=price]").InnerTextAsync();
        await Expect(row.Locator("[data-field=price]")).Not.ToHaveTextAsync(first, Live);
        await Expect(row.Locator("[data-field=age]")).ToHaveTextAsync(SecondsAge());

        // The P/L shown is MT5's for EURUSD on a USD account: (bid − open) × 0.10 lots × 100,000.
        var cells = await ReadRowAsync(row);
        var open = decimal.Parse(cells["open-price"], CultureInfo.InvariantCulture);
        var price = decimal.Parse(cells["price"], CultureInfo.InvariantCulture);
        var profit = decimal.Parse(cells["profit"], NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        Assert.Equal(Math.Round((price - open) * 0.10m * 100_000m, 2, MidpointRounding.AwayFromZero), profit);
        await Expect(page.Locator("[data-testid=positions-total]")).ToHaveTextAsync(new Regex(@"^[+-]?[\d,]+\.\d{2} USD$"));
        await Expect(page.Locator("[data-testid=trade-disabled-reason]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SeveralSymbols_PricesUseEachSymbolsDigits_AndProfitIsColouredBySign()
    {
        await _trader.FlattenAsync();
        await _trader.OpenAsync("EURUSD", PositionSide.Buy, 0.10m);
        await _trader.OpenAsync("USDJPY", PositionSide.Sell, 0.05m);
        await _trader.OpenAsync("XAUUSD", PositionSide.Buy, 0.02m);
        await _trader.OpenAsync("GBPUSD", PositionSide.Sell, 0.10m);
        await _trader.OpenAsync("US500", PositionSide.Buy, 0.5m);
        var (bid, _, digits) = await _trader.QuoteAsync("EURUSD");
        await _trader.PlaceLimitAsync("EURUSD", PositionSide.Buy, 0.10m, Math.Round(bid - 0.0100m, digits));
        var page = await OpenPositionsAsync();
        var rows = page.Locator("[data-testid=positions] tr[data-ticket]");
        await Expect(rows).ToHaveCountAsync(5);
        await WaitTradableAsync(page);

        foreach (var (symbol, pattern) in new[] { ("EURUSD", @"^\d\.\d{5}$"), ("USDJPY", @"^\d{3}\.\d{3}$"), ("XAUUSD", @"^\d{4}\.\d{2}$"), ("US500", @"^\d{4}\.\d{2}$") })
        {
            var row = rows.Filter(new() { Has = page.Locator($"[data-field=symbol]:text-is('{symbol}')") });
            await Expect(row.Locator("[data-field=open-price]")).ToHaveTextAsync(new Regex(pattern));
            await Expect(row.Locator("[data-field=price]")).ToHaveTextAsync(new Regex(pattern));
            await Expect(row.Locator("[data-field=sl]")).ToHaveTextAsync(new Regex(pattern));
        }

        await Expect(rows.Locator("[data-field=profit][data-live=true]")).ToHaveCountAsync(5, new() { Timeout = 20_000 });
        foreach (var cell in await rows.Locator("[data-field=profit]").AllAsync())
        {
            var cells = await ReadRowAsync(cell.Locator("xpath=ancestor::tr"));
            var profit = decimal.Parse(cells["profit"], NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            var expected = profit > 0 ? "pos" : profit < 0 ? "neg" : "flat";
            Assert.Contains(expected, (await cell.GetAttributeAsync("class"))!.Split(' '));
        }

        // TD_DOCS_SCREENSHOT_DIR=docs refreshes the README's picture of the Positions page from this state.
        if (Environment.GetEnvironmentVariable("TD_DOCS_SCREENSHOT_DIR") is { Length: > 0 } directory)
        {
            await Expect(page.Locator(".rz-notification-item")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
            await page.ScreenshotAsync(new() { Path = Path.Combine(directory, "positions.png") });
        }
    }

    [Fact]
    public async Task PartialClose_VolumeAboveThePosition_IsRefusedInTheDialog_ThenAValidVolumeGoesThrough()
    {
        await _trader.FlattenAsync();
        var opened = await _trader.OpenAsync("EURUSD", PositionSide.Sell, 0.10m);
        var ticket = opened.PositionTicket!.Value;
        var page = await OpenPositionsAsync();
        var row = PositionRow(page, ticket);
        await Expect(row.Locator("[data-testid=position-partial]")).ToBeEnabledAsync(new() { Timeout = 20_000 });
        var orders = (await fixture.OrdersAsync()).Count;

        // A typo (0.2 for 0.02) must not become "close it all".
        await row.Locator("[data-testid=position-partial]").ClickAsync();
        var dialog = page.Locator("[data-testid=partial-close-dialog]");
        var volume = dialog.Locator("[data-testid=partial-volume] input");
        await volume.FillAsync("0.2");
        await volume.PressAsync("Tab");
        await dialog.Locator("[data-testid=confirm-partial-close]").ClickAsync();
        await Expect(dialog.Locator("[data-testid=partial-volume-error]")).ToContainTextAsync("At most 0.10 lots");
        await volume.FillAsync("0.015");
        await volume.PressAsync("Tab");
        await dialog.Locator("[data-testid=confirm-partial-close]").ClickAsync();
        await Expect(dialog.Locator("[data-testid=partial-volume-error]")).ToContainTextAsync("multiple of 0.01");
        Assert.Equal(orders, (await fixture.OrdersAsync()).Count);

        await volume.FillAsync("0.04");
        await volume.PressAsync("Tab");
        await Expect(dialog.Locator("[data-testid=confirm-partial-close]")).ToContainTextAsync("Close 0.04 lots");
        await dialog.Locator("[data-testid=confirm-partial-close]").ClickAsync();

        await Expect(row.Locator("[data-field=volume]")).ToHaveTextAsync("0.06", Live);
        await Expect(page.Locator("[data-testid=trade-outcome]")).ToHaveAttributeAsync("data-status", nameof(OrderStatus.Done));
        var partial = Assert.Single(await fixture.OrdersAsync(), o => o.Kind == OrderKind.PartialClose && o.PositionTicket == ticket);
        Assert.Equal((0.04m, CloseReason.PartialClose, OrderStatus.Done), (partial.Volume, partial.CloseReason!.Value, partial.Status));
    }

    [Fact]
    public async Task PartialClose_BrokerExecutesButNeverAnswers_RowVerifiesUntilReconciled_NothingResent()
    {
        await _trader.FlattenAsync();
        var ticket = (await _trader.OpenAsync("EURUSD", PositionSide.Buy, 0.10m)).PositionTicket!.Value;
        var page = await OpenPositionsAsync();
        var row = PositionRow(page, ticket);
        await Expect(row.Locator("[data-testid=position-partial]")).ToBeEnabledAsync(new() { Timeout = 20_000 });

        // Reconciliation may settle the order a moment after the reply is given up on: record the
        // "verifying" state whenever it shows, however briefly.
        await page.EvaluateAsync(@"() => {
            window.sawVerifying = false;
            const check = () => { if (document.querySelector('[data-testid=positions] tr[data-verifying=true] [data-testid=verifying]')) window.sawVerifying = true; };
            new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true });
        }");

        // The simulator executes the next trade request but holds its reply past the order timeout.
        await _trader.SetFaultAsync("accept_then_timeout", latencyMs: 20_000, count: 1);
        await row.Locator("[data-testid=position-partial]").ClickAsync();
        var dialog = page.Locator("[data-testid=partial-close-dialog]");
        var volume = dialog.Locator("[data-testid=partial-volume] input");
        await volume.FillAsync("0.04");
        await volume.PressAsync("Tab");
        await dialog.Locator("[data-testid=confirm-partial-close]").ClickAsync();

        var outcome = page.Locator("[data-testid=trade-outcome]");
        await Expect(outcome).ToHaveAttributeAsync("data-status", nameof(OrderStatus.Unknown), new() { Timeout = 40_000 });
        await Expect(outcome).ToContainTextAsync("Verifying");
        await Expect(row.Locator("[data-field=volume]")).ToHaveTextAsync("0.06", new() { Timeout = 40_000 });
        await Expect(row).ToHaveAttributeAsync("data-verifying", "false", new() { Timeout = 40_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.sawVerifying"), "The row never showed 'verifying'.");

        // One order, settled by reconciliation; the broker executed it once (0.06 left, not 0.02).
        var partial = Assert.Single(await fixture.OrdersAsync(), o => o.Kind == OrderKind.PartialClose && o.PositionTicket == ticket);
        Assert.Equal(OrderStatus.Done, partial.Status);
        Assert.Equal(0.06m, Assert.Single(await _trader.PositionsAsync(), p => p.Ticket == ticket).Volume);
    }

    [Fact]
    public async Task CloseAll_AsksForConfirmationListingTheCount_ThenClosesEveryPosition()
    {
        await _trader.FlattenAsync();
        var tickets = new[]
        {
            (await _trader.OpenAsync("EURUSD", PositionSide.Buy, 0.01m)).PositionTicket!.Value,
            (await _trader.OpenAsync("GBPUSD", PositionSide.Sell, 0.02m)).PositionTicket!.Value,
            (await _trader.OpenAsync("EURUSD", PositionSide.Sell, 0.03m)).PositionTicket!.Value,
        };
        var page = await OpenPositionsAsync();
        var rows = page.Locator("[data-testid=positions] tr[data-ticket]");
        await Expect(rows).ToHaveCountAsync(3);
        await WaitTradableAsync(page);

        // Cancelling the confirmation closes nothing.
        await page.Locator("[data-testid=close-all]").ClickAsync();
        var dialog = page.Locator("[data-testid=close-all-dialog]");
        await Expect(dialog.Locator("[data-testid=close-all-question]")).ToContainTextAsync("Close all 3 open positions");
        await dialog.Locator("[data-testid=dialog-cancel]").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.Equal(3, (await _trader.PositionsAsync()).Count);

        await page.Locator("[data-testid=close-all]").ClickAsync();
        await dialog.Locator("[data-testid=confirm-close-all]").ClickAsync();

        await Expect(page.Locator("[data-testid=trade-outcome]")).ToContainTextAsync("3 positions closed", new() { Timeout = 20_000 });
        await Expect(page.Locator("[data-testid=trade-outcome]")).ToHaveAttributeAsync("data-status", nameof(OrderStatus.Done));
        await Expect(page.Locator("[data-testid=positions-empty]")).ToBeVisibleAsync();
        Assert.Empty(await _trader.PositionsAsync());
        var closes = (await fixture.OrdersAsync()).Where(o => o.Kind == OrderKind.Close && o.PositionTicket is { } t && tickets.Contains(t)).ToList();
        Assert.Equal(3, closes.Count);
        Assert.All(closes, o =>
        {
            Assert.Equal(OrderStatus.Done, o.Status);
            Assert.Equal(CloseReason.CloseAll, o.CloseReason);
            Assert.StartsWith("ui:", o.IdempotencyKey, StringComparison.Ordinal);
        });
        Assert.Single(closes.Select(o => o.IdempotencyKey.Split(':')[1]).Distinct());
    }

    [Fact]
    public async Task PendingOrder_Deleted_LeavesTheTableAndTheBroker()
    {
        await _trader.FlattenAsync();
        var (bid, _, digits) = await _trader.QuoteAsync("EURUSD");
        var limit = Math.Round(bid - 0.0150m, digits);
        var placed = await _trader.PlaceLimitAsync("EURUSD", PositionSide.Buy, 0.05m, limit);
        var page = await OpenPositionsAsync();
        var row = page.Locator($"[data-testid=pending-orders] tr[data-order='{placed.OrderTicket}']");

        await Expect(row.Locator("[data-field=type]")).ToHaveTextAsync("buy limit");
        await Expect(row.Locator("[data-field=price]")).ToHaveTextAsync(TraderActions.Price(limit, digits));
        await Expect(row.Locator("[data-field=volume]")).ToHaveTextAsync("0.05");
        await Expect(row.Locator("[data-field=market]")).ToHaveTextAsync(FiveDigits(), Live);

        await row.Locator("[data-testid=order-cancel]").ClickAsync();
        await page.Locator("[data-testid=cancel-order-dialog] [data-testid=confirm-cancel-order]").ClickAsync();

        await Expect(row).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Expect(page.Locator("[data-testid=pending-empty]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=trade-outcome]")).ToHaveAttributeAsync("data-status", nameof(OrderStatus.Done));
        Assert.DoesNotContain(await _trader.PendingOrdersAsync(), o => o.Ticket == placed.OrderTicket);
        var cancel = Assert.Single(await fixture.OrdersAsync(), o => o.Kind == OrderKind.Cancel && o.IdempotencyKey.StartsWith("ui:", StringComparison.Ordinal));
        Assert.Equal(OrderStatus.Done, cancel.Status);
    }

    [Fact]
    public async Task BrokerFailing_BreakerOpens_ButtonsDisabledWithTheReason_ThenThePageRecovers()
    {
        await _trader.FlattenAsync();
        var opened = await _trader.OpenAsync("GBPUSD", PositionSide.Buy, 0.01m);
        var page = await OpenPositionsAsync();
        var row = PositionRow(page, opened.PositionTicket!.Value);
        await Expect(row.Locator("[data-testid=position-close]")).ToBeEnabledAsync(new() { Timeout = 20_000 });

        await _trader.SetFaultAsync("error");
        await _trader.OpenBreakerAsync();
        var status = await _trader.StatusAsync();
        Assert.False(status.CanTrade);

        var reason = page.Locator("[data-testid=trade-disabled-reason]");
        await Expect(reason).ToContainTextAsync(status.Reason!, new() { Timeout = 10_000 });
        await Expect(row.Locator("[data-testid=position-close]")).ToBeDisabledAsync();
        await Expect(row.Locator("[data-testid=position-partial]")).ToBeDisabledAsync();
        await Expect(row.Locator("[data-testid=position-modify]")).ToBeDisabledAsync();
        await Expect(page.Locator("[data-testid=close-all]")).ToBeDisabledAsync();

        // A page opened now cannot read the broker: it says so instead of claiming there are no positions.
        var second = await OpenPositionsAsync();
        var error = second.Locator("[data-testid=positions-broker-error]");
        await Expect(error).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(second.Locator("[data-testid=positions-unavailable]")).ToBeVisibleAsync();
        await Expect(second.Locator("[data-testid=positions-empty]")).ToHaveCountAsync(0);

        await _trader.SetFaultAsync("none");
        await _trader.WaitForBreakerClosedAsync(TimeSpan.FromSeconds(90));

        // Both pages recover without a reload: the failed one retries on its own while ticks arrive.
        await Expect(error).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Expect(PositionRow(second, opened.PositionTicket.Value).Locator("[data-testid=position-close]")).ToBeEnabledAsync(new() { Timeout = 20_000 });
        await Expect(reason).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Expect(row.Locator("[data-testid=position-close]")).ToBeEnabledAsync();
        await Expect(row.Locator("[data-field=age]")).ToHaveTextAsync(SecondsAge(), Live);
    }

    [Fact]
    public async Task AccessRemovedWhileOpen_PositionsGiveWayToANotice_AndComeBackWhenRestored()
    {
        await _trader.FlattenAsync();
        var ticket = (await _trader.OpenAsync("EURUSD", PositionSide.Buy, 0.01m)).PositionTicket!.Value;
        var page = await OpenPositionsAsync();
        await Expect(PositionRow(page, ticket)).ToBeVisibleAsync();

        try
        {
            await _trader.SetTraderAssignedAsync(false);
            await Expect(page.Locator("[data-testid=account-access-lost]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=positions]")).ToHaveCountAsync(0);
        }
        finally
        {
            await _trader.SetTraderAssignedAsync(true);
        }

        await Expect(page.Locator("[data-testid=account-access-lost]")).ToHaveCountAsync(0);
        await Expect(PositionRow(page, ticket).Locator("[data-field=profit]")).ToHaveAttributeAsync("data-live", "true", new() { Timeout = 20_000 });
    }

    [Fact]
    public async Task PositionsPage_UnknownAccountInTheLink_ShowsANoticeInsteadOfPositions()
    {
        var page = await _sessions.SignInAsync(TradingDashboardFixture.TraderName, fixture.TraderPassword);
        await _sessions.OpenAsync(page, $"positions?account={Guid.NewGuid():D}");

        await Expect(page.Locator("[data-testid=account-not-found]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=positions]")).ToHaveCountAsync(0);
    }

    private async Task<IPage> OpenPositionsAsync()
    {
        var page = await _sessions.SignInAsync(TradingDashboardFixture.TraderName, fixture.TraderPassword);
        await _sessions.OpenAsync(page, $"positions?account={fixture.AccountId:D}");
        await Expect(page.Locator("[data-testid=positions-loading]")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        return page;
    }

    private static ILocator PositionRow(IPage page, long ticket) =>
        page.Locator($"[data-testid=positions] tr[data-ticket='{ticket}']");

    // Every symbol has had a tick and the breaker is closed: the page enabled the buttons.
    private static async Task WaitTradableAsync(IPage page) =>
        await Expect(page.Locator("[data-testid=close-all]")).ToBeEnabledAsync(new() { Timeout = 20_000 });

    /// <summary>All data-field cells of a row read in one go, so they come from the same render.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> ReadRowAsync(ILocator row)
    {
        var json = await row.EvaluateAsync<string>(
            "r => JSON.stringify(Object.fromEntries([...r.querySelectorAll('[data-field]')].map(c => [c.dataset.field, c.innerText.trim()])))");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;
    }

    [GeneratedRegex(@"^\d+\.\d{5}$")]
    private static partial Regex FiveDigits();

    [GeneratedRegex(@"^\d\.\ds$")]
    private static partial Regex SecondsAge();
}
