using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading;
using TradingDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TradingDashboard.Tests.Browser;

/// <summary>
/// Issue 5's acceptance path in real Chromium, against the real dashboard trading the embedded
/// bridge simulator over HTTP with its events through RabbitMQ: a trader opens a position from
/// the ticket, manages it on the Positions page (live P/L, SL/TP, partial close, close) and finds
/// every step, the close reason and the lineage in the History page and its CSV export.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TradingAcceptanceTests(PlaywrightFixture browser, TradingDashboardFixture fixture)
    : IClassFixture<TradingDashboardFixture>, IAsyncDisposable
{
    private static readonly LocatorAssertionsToHaveTextOptions Live = new() { Timeout = 20_000 };

    private readonly UserSessions _sessions = new(browser, fixture.Dashboard.BaseAddress);
    private readonly TraderActions _trader = new(fixture);

    public ValueTask DisposeAsync() => _sessions.DisposeAsync();

    [Fact]
    public async Task Trader_OpensFromTheTicket_ManagesThePosition_AndFindsEveryStepInTheHistoryAndItsCsv()
    {
        await _trader.FlattenAsync();
        var page = await _sessions.SignInAsync(TradingDashboardFixture.TraderName, fixture.TraderPassword);

        // 1. The ticket, opened from the market watch: buy 0.20 EURUSD at the market, stop 50 pips away
        //    (the account's risk rule wants a stop on every new position).
        await _sessions.OpenAsync(page, $"markets?account={fixture.AccountId:D}");
        var quote = page.Locator("[data-testid=market-watch] tr[data-symbol='EURUSD']");
        await quote.Locator("[data-testid=trade-buy]").ClickAsync(new() { Timeout = 20_000 });
        var ticket = page.Locator("[data-testid=trade-ticket]");
        var lots = ticket.Locator("[data-testid=ticket-lots] input, input[data-testid=ticket-lots]").First;
        await lots.FillAsync("0.20");
        await lots.PressAsync("Tab");
        var stop = ticket.Locator("[data-testid=ticket-sl] input, input[data-testid=ticket-sl]").First;
        await stop.FillAsync("50");
        await stop.PressAsync("Tab");
        await Expect(ticket.Locator("[data-testid=ticket-sl-level]")).ToBeVisibleAsync();
        await Expect(ticket.Locator("[data-testid=ticket-submit]")).ToBeEnabledAsync(new() { Timeout = 20_000 });
        await ticket.Locator("[data-testid=ticket-submit]").ClickAsync();
        await ticket.Locator("[data-testid=ticket-confirm]").ClickAsync();
        await Expect(ticket.Locator("[data-testid=ticket-result]")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var position = Assert.Single(await _trader.PositionsAsync());
        Assert.Equal(("EURUSD", PositionSide.Buy, 0.20m), (position.Symbol, position.Direction, position.Volume));
        var positionTicket = position.Ticket;
        await ticket.Locator("[data-testid=ticket-close]").ClickAsync();

        // 2. The Positions page: the position with a live closing price and P/L, and how old they are.
        await page.Locator("[data-testid=nav-positions]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/positions"));
        var row = page.Locator($"[data-testid=positions] tr[data-ticket='{positionTicket}']");
        await Expect(row.Locator("[data-field=volume]")).ToHaveTextAsync("0.20", new() { Timeout = 20_000 });
        await Expect(row.Locator("[data-field=profit]")).ToHaveAttributeAsync("data-live", "true", new() { Timeout = 20_000 });
        await Expect(row.Locator("[data-field=age]")).ToHaveTextAsync(SecondsAge());
        var firstPrice = await row.Locator("[data-field=price]").InnerTextAsync();
        await Expect(row.Locator("[data-field=price]")).Not.ToHaveTextAsync(firstPrice, Live);
        await Expect(row.Locator("[data-field=profit]")).ToHaveTextAsync(new Regex(@"^-?[\d,]+\.\d{2}$"));
        await Expect(row.Locator("[data-field=source]")).ToHaveTextAsync("Manual");

        // 3. Modify SL/TP: a stop on the wrong side is refused with a field error; fixed, it goes through.
        var (bid, _, digits) = await _trader.QuoteAsync("EURUSD");
        var wrongStop = Math.Round(bid + 0.0100m, digits);
        var stopLoss = Math.Round(bid - 0.0080m, digits);
        var takeProfit = Math.Round(bid + 0.0120m, digits);
        await row.Locator("[data-testid=position-modify]").ClickAsync();
        var modify = page.Locator("[data-testid=modify-dialog]");
        await FillNumberAsync(modify.Locator("[data-testid=modify-sl]"), wrongStop);
        await FillNumberAsync(modify.Locator("[data-testid=modify-tp]"), takeProfit);
        await modify.Locator("[data-testid=confirm-modify]").ClickAsync();
        await Expect(modify.Locator("[data-testid=modify-sl-error]")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await FillNumberAsync(modify.Locator("[data-testid=modify-sl]"), stopLoss);
        await modify.Locator("[data-testid=confirm-modify]").ClickAsync();
        await Expect(modify).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await ExpectOutcomeDoneAsync(page);
        await Expect(row.Locator("[data-field=sl]")).ToHaveTextAsync(TraderActions.Price(stopLoss, digits), Live);
        await Expect(row.Locator("[data-field=tp]")).ToHaveTextAsync(TraderActions.Price(takeProfit, digits));

        // 4. Partial close of 0.05 lots: 0.15 stay open.
        await row.Locator("[data-testid=position-partial]").ClickAsync();
        var partial = page.Locator("[data-testid=partial-close-dialog]");
        await FillNumberAsync(partial.Locator("[data-testid=partial-volume]"), 0.05m);
        await partial.Locator("[data-testid=confirm-partial-close]").ClickAsync();
        await Expect(partial).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await ExpectOutcomeDoneAsync(page);
        await Expect(row.Locator("[data-field=volume]")).ToHaveTextAsync("0.15", Live);

        // 5. Close the rest.
        await row.Locator("[data-testid=position-close]").ClickAsync();
        await page.Locator("[data-testid=close-dialog] [data-testid=confirm-close]").ClickAsync();
        await ExpectOutcomeDoneAsync(page);
        await Expect(row).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Expect(page.Locator("[data-testid=positions-empty]")).ToBeVisibleAsync();
        Assert.Empty(await _trader.PositionsAsync());
        await _trader.WaitForClosedTradeAsync(positionTicket);

        // Exactly one order per action, each under its own UI key, all executed.
        var orders = (await fixture.OrdersAsync()).Where(o => o.PositionTicket == positionTicket).ToList();
        Assert.Equal([OrderKind.Open, OrderKind.Modify, OrderKind.PartialClose, OrderKind.Close], orders.Select(o => o.Kind));
        Assert.All(orders, o => Assert.Equal(OrderStatus.Done, o.Status));
        Assert.All(orders.Skip(1), o => Assert.StartsWith("ui:", o.IdempotencyKey, StringComparison.Ordinal));
        Assert.Equal(orders.Count, orders.Select(o => o.IdempotencyKey).Distinct().Count());

        // 6. The History page: the trade, its close reason and lineage, and every step.
        await page.Locator("[data-testid=nav-history]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/history"));
        var trade = page.Locator($"[data-testid=history-grid] tr[data-ticket='{positionTicket}']");
        await Expect(trade.Locator("[data-field=status]")).ToHaveTextAsync("closed", Live);
        await Expect(trade.Locator("[data-field=close-reason]")).ToHaveTextAsync("Manual");
        await Expect(trade.Locator("[data-field=source]")).ToHaveTextAsync("Manual");
        await Expect(trade.Locator("[data-field=key]")).ToHaveTextAsync(orders[0].IdempotencyKey);
        await Expect(trade.Locator("[data-field=volume]")).ToHaveTextAsync("0.20");
        await trade.Locator("[data-testid=history-expand]").ClickAsync();
        var steps = page.Locator($"[data-testid=history-steps][data-ticket='{positionTicket}'] [data-testid=history-step]");
        await Expect(steps).ToHaveCountAsync(4);
        string[] kinds = [nameof(OrderKind.Open), nameof(OrderKind.Modify), nameof(OrderKind.PartialClose), nameof(OrderKind.Close)];
        for (var i = 0; i < kinds.Length; i++)
        {
            await Expect(steps.Nth(i)).ToHaveAttributeAsync("data-kind", kinds[i]);
            await Expect(steps.Nth(i).Locator("[data-field=by]")).ToContainTextAsync("you");
        }

        await Expect(steps.Nth(1).Locator("[data-field=sl]")).ToHaveTextAsync(TraderActions.Price(stopLoss, digits));
        await Expect(steps.Nth(2).Locator("[data-field=volume]")).ToHaveTextAsync("0.05");
        await Expect(steps.Nth(3).Locator("[data-field=reason]")).ToHaveTextAsync("Manual");

        // 7. The CSV export has the trade.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=history-export]").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        var line = Assert.Single(csv.Split('\n'), l => l.Contains(orders[0].IdempotencyKey, StringComparison.Ordinal));
        Assert.Contains(positionTicket.ToString(CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
        Assert.Contains(nameof(CloseReason.Manual), line, StringComparison.Ordinal);
    }

    private static async Task ExpectOutcomeDoneAsync(IPage page) =>
        await Expect(page.Locator("[data-testid=trade-outcome]")).ToHaveAttributeAsync("data-status", nameof(OrderStatus.Done), new() { Timeout = 20_000 });

    /// <summary>Types into a Radzen numeric field and leaves it, which commits the value.</summary>
    private static async Task FillNumberAsync(ILocator field, decimal value)
    {
        var input = field.Locator("input").Or(field.Locator("xpath=self::input")).First;
        await input.FillAsync(value.ToString(CultureInfo.InvariantCulture));
        await input.PressAsync("Tab");
    }

    [GeneratedRegex(@"^\d\.\ds$")]
    private static partial Regex SecondsAge();
}
