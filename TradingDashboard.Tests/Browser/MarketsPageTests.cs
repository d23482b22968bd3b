using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TradingDashboard.Core.Events;
using TradingDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TradingDashboard.Tests.Browser;

/// <summary>Real Chromium against the real dashboard fed through RabbitMQ, the way the MT5 bridge feeds it; signed in as the admin, who sees every account.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MarketsPageTests(PlaywrightFixture browser, MarketsDashboardFixture fixture)
    : IClassFixture<MarketsDashboardFixture>, IAsyncDisposable
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    private readonly UserSessions _sessions = new(browser, fixture.Dashboard.BaseAddress);

    public ValueTask DisposeAsync() => _sessions.DisposeAsync();

    [Fact]
    public async Task MarketWatch_PriceTickPublishedToRabbitMq_ShowsWithinOneSecond()
    {
        var page = await OpenMarketsAsync(fixture.PrimaryAccountId);
        var row = page.Locator("[data-testid=market-watch] tr[data-symbol='BTCUSD.a']");

        var sincePublish = await PublishTickAsync(fixture.PrimaryAccountId, MarketsDashboardFixture.PrimaryLogin, "BTCUSD.a", 64123.15m, 64138.15m);
        await Expect(row.Locator("[data-field=bid]")).ToHaveTextAsync("64123.15", Within(sincePublish));

        await Expect(row.Locator("[data-field=ask]")).ToHaveTextAsync("64138.15");
        await Expect(row.Locator("[data-field=spread]")).ToHaveTextAsync("1500");
        await Expect(row.Locator("[data-field=age]")).ToHaveTextAsync(SubSecondAge());

        sincePublish = await PublishTickAsync(fixture.PrimaryAccountId, MarketsDashboardFixture.PrimaryLogin, "BTCUSD.a", 64125.40m, 64140.40m);
        await Expect(row.Locator("[data-field=bid]")).ToHaveTextAsync("64125.40", Within(sincePublish));
        await Expect(row.Locator("[data-field=bid]")).ToHaveClassAsync(TickUp());
    }

    [Fact]
    public async Task AccountCard_AccountInfoPublished_ShowsTheBrokersBalances()
    {
        var page = await OpenMarketsAsync(fixture.PrimaryAccountId);
        var card = page.Locator("[data-testid=account-card]");

        var sincePublish = Stopwatch.StartNew();
        await fixture.PublishAsync(fixture.PrimaryAccountId, EventTypes.AccountInfo, BridgeEvents.AccountInfo(fixture.PrimaryAccountId, MarketsDashboardFixture.PrimaryLogin, 12345.67m, 12400.10m, 250m));
        await Expect(card.Locator("[data-field=balance]")).ToHaveTextAsync("12,345.67 USD", Within(sincePublish));

        await Expect(card.Locator("[data-field=equity]")).ToHaveTextAsync("12,400.10 USD");
        await Expect(card.Locator("[data-field=profit]")).ToHaveTextAsync("+54.43 USD");
        await Expect(card.Locator("[data-field=margin-free]")).ToHaveTextAsync("12,150.10 USD");
        await Expect(card.Locator("[data-field=margin-level]")).ToHaveTextAsync("4,960.04 %");
        await Expect(card.Locator("[data-field=leverage]")).ToHaveTextAsync("1:500");
        await Expect(card.Locator("[data-field=source]")).ToHaveTextAsync("bridge event");
        await Expect(card.Locator("[data-field=freshness]")).ToHaveTextAsync("Fresh");

        sincePublish = Stopwatch.StartNew();
        await fixture.PublishAsync(fixture.PrimaryAccountId, EventTypes.AccountInfo, BridgeEvents.AccountInfo(fixture.PrimaryAccountId, MarketsDashboardFixture.PrimaryLogin, 12345.67m, 12290.00m, 250m));
        await Expect(card.Locator("[data-field=equity]")).ToHaveTextAsync("12,290.00 USD", Within(sincePublish));
        await Expect(card.Locator("[data-field=profit]")).ToHaveTextAsync("-55.67 USD");
    }

    [Fact]
    public async Task AccountSelect_AnotherAccountChosen_PutsItInTheUrlAndShowsOnlyItsData()
    {
        await PublishTickAsync(fixture.PrimaryAccountId, MarketsDashboardFixture.PrimaryLogin, "XAUUSD", 2331.40m, 2331.65m);
        var page = await OpenMarketsAsync(fixture.PrimaryAccountId);
        await Expect(page.Locator("tr[data-symbol=XAUUSD]")).ToBeVisibleAsync();

        await page.Locator("[data-testid=account-select]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Browser Secondary" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"account={fixture.SecondaryAccountId:D}"));
        await Expect(page.Locator("[data-testid=account-card]")).ToContainTextAsync(MarketsDashboardFixture.SecondaryLogin);
        await Expect(page.Locator("tr[data-symbol=XAUUSD]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=market-watch-empty]")).ToContainTextAsync("Waiting for prices from the bridge");

        var sincePublish = await PublishTickAsync(fixture.SecondaryAccountId, MarketsDashboardFixture.SecondaryLogin, "USDJPY", 151.281m, 151.293m);
        await Expect(page.Locator("tr[data-symbol=USDJPY] [data-field=bid]")).ToHaveTextAsync("151.281", Within(sincePublish));
    }

    [Fact]
    public async Task MarketsPage_ConnectionDropsAndReconnects_KeepsUpdatingWithoutReload()
    {
        var page = await OpenMarketsAsync(fixture.PrimaryAccountId);
        var bid = page.Locator("tr[data-symbol=EURUSD] [data-field=bid]");
        await PublishTickAsync(fixture.PrimaryAccountId, MarketsDashboardFixture.PrimaryLogin, "EURUSD", 1.08450m, 1.08462m);
        await Expect(bid).ToHaveTextAsync("1.08450");
        await page.EvaluateAsync("() => { window.__samePage = true; }");

        // Drops the SignalR connection as a network blip would; blazor.web.js then shows its
        // reconnect UI and rejoins the same server-side circuit.
        await page.EvaluateAsync("() => Blazor._internal.forceCloseConnection()");
        await Expect(page.Locator("#components-reconnect-modal")).ToBeAttachedAsync();
        await PublishTickAsync(fixture.PrimaryAccountId, MarketsDashboardFixture.PrimaryLogin, "EURUSD", 1.08461m, 1.08473m);
        await Expect(bid).ToHaveTextAsync("1.08461", new() { Timeout = 15_000 });

        await PublishTickAsync(fixture.PrimaryAccountId, MarketsDashboardFixture.PrimaryLogin, "EURUSD", 1.08437m, 1.08449m);
        await Expect(bid).ToHaveTextAsync("1.08437", new() { Timeout = 5_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__samePage === true"), "The page was reloaded.");
    }

    private static LocatorAssertionsToHaveTextOptions Within(Stopwatch sincePublish) =>
        new() { Timeout = (float)Math.Max(1, (OneSecond - sincePublish.Elapsed).TotalMilliseconds) };

    [GeneratedRegex(@"^\d\.\ds$")]
    private static partial Regex SubSecondAge();

    [GeneratedRegex("tick-up-[ab]")]
    private static partial Regex TickUp();

    private async Task<IPage> OpenMarketsAsync(Guid accountId)
    {
        var page = await _sessions.SignInAsAdminAsync();
        await _sessions.OpenAsync(page, $"markets?account={accountId:D}");
        return page;
    }

    /// <returns>A stopwatch started just before the publish, for "within one second of publishing".</returns>
    private async Task<Stopwatch> PublishTickAsync(Guid accountId, string login, string symbol, decimal bid, decimal ask)
    {
        var sincePublish = Stopwatch.StartNew();
        await fixture.PublishAsync(accountId, EventTypes.PriceTick, BridgeEvents.Tick(accountId, login, symbol, bid, ask));
        return sincePublish;
    }
}
