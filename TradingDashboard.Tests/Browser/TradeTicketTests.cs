using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Resilience;
using TradingDashboard.Core.Trading;
using TradingDashboard.Tests.Browser.Trading;
using TradingDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TradingDashboard.Tests.Browser;

/// <summary>
/// The trade ticket in real Chromium, opened from the market watch and the chart, against the
/// real dashboard: orders go through the trading service and the MT5 bridge connector over HTTP
/// to the embedded bridge simulator, whose ticks and events come back through RabbitMQ. What the
/// broker holds is read back from the simulator's positions endpoint.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TradeTicketTests(PlaywrightFixture browser, TradingDashboardFixture fixture)
    : IClassFixture<TradingDashboardFixture>, IAsyncDisposable
{
    private static readonly float Patience = (float)TicketPanel.Patience.TotalMilliseconds;

    private readonly UserSessions _sessions = new(browser, fixture.Dashboard.BaseAddress);

    public async ValueTask DisposeAsync()
    {
        await _sessions.DisposeAsync();
        await SetFaultAsync("none");
    }

    [Fact]
    public async Task BuyThenConfirm_TwentyFastClicksEach_SendsExactlyOneOrder()
    {
        var positionsBefore = await PositionsAsync();
        var ordersBefore = (await fixture.OrdersAsync()).Count;
        var (_, ticket) = await OpenFromMarketWatchAsync("EURUSD", "trade-buy");
        await ticket.FillAsync("ticket-lots", "0.10");
        await ticket.FillAsync("ticket-sl", "30");
        await Expect(ticket["ticket-submit"]).ToBeEnabledAsync(new() { Timeout = Patience });
        var key = await ticket.IntentKeyAsync();

        // Twenty clicks on Buy reach the circuit before its first re-render: one summary, nothing sent.
        await ticket.ClickRapidlyAsync("ticket-submit", 20);
        await ticket.ExpectStepAsync("review");
        Assert.Equal(ordersBefore, (await fixture.OrdersAsync()).Count);

        // Twenty clicks on Confirm, all queued while the first one is sending.
        await ticket.ClickRapidlyAsync("ticket-confirm", 20);
        await Expect(ticket["ticket-result"]).ToHaveAttributeAsync("data-kind", "filled", new() { Timeout = Patience });

        // Only the first click reached the trading service: a second submit of the key would have
        // come back as the earlier order's state, and the ticket would say so.
        await Expect(ticket["ticket-result"]).Not.ToContainTextAsync("already sent");

        var order = Assert.Single((await fixture.OrdersAsync()).Skip(ordersBefore));
        Assert.Equal(key, order.IdempotencyKey);
        Assert.Equal((OrderKind.Open, OrderStatus.Done, TradeSource.Manual), (order.Kind, order.Status, order.Source));
        Assert.Equal(key, order.CorrelationId);
        Assert.Equal(await fixture.Dashboard.UserIdAsync(TradingDashboardFixture.TraderName), order.RequestedBy);

        var opened = Assert.Single(await PositionsAsync(), p => positionsBefore.All(b => b.Ticket != p.Ticket));
        Assert.True(ClientOrderTag.Matches(opened.Comment, ClientOrderTag.For(key)), $"The position's comment '{opened.Comment}' does not carry the ticket's key.");
        Assert.Equal(order.PositionTicket, opened.Ticket);
        Assert.Equal(0.10m, opened.Volume);

        // The next order from this ticket is a new intent.
        Assert.NotEqual(key, await ticket.IntentKeyAsync());
    }

    [Fact]
    public async Task Ticket_InvalidVolume_ShowsAFieldErrorAndSendsNothing()
    {
        var ordersBefore = (await fixture.OrdersAsync()).Count;
        var (_, ticket) = await OpenFromMarketWatchAsync("GBPUSD", "trade-sell");

        await ticket.FillAsync("ticket-lots", "0.015");
        await Expect(ticket["ticket-error-volume"]).ToHaveTextAsync("The volume must be a multiple of 0.01 lots.");
        await Expect(ticket["ticket-submit"]).ToBeDisabledAsync();
        await ticket.FillAsync("ticket-lots", "250");
        await Expect(ticket["ticket-error-volume"]).ToHaveTextAsync("The maximum volume is 100.00 lots.");
        await ticket.FillAsync("ticket-lots", "0");
        await Expect(ticket["ticket-error-volume"]).ToHaveTextAsync("The volume must be above 0.");
        await Expect(ticket.Field("rr")).ToHaveTextAsync("—");

        await ticket.ClickRapidlyAsync("ticket-submit", 5);
        await ticket.ExpectStepAsync("edit");

        // Corrected, the error goes and the ticket can be sent.
        await ticket.FillAsync("ticket-lots", "0.02");
        await Expect(ticket["ticket-error-volume"]).ToHaveCountAsync(0);
        await Expect(ticket["ticket-submit"]).ToHaveTextAsync("Sell 0.02 GBPUSD at market");
        await Expect(ticket["ticket-submit"]).ToBeEnabledAsync();
        Assert.Equal(ordersBefore, (await fixture.OrdersAsync()).Count);
    }

    [Fact]
    public async Task Ticket_StopLossOnTheWrongSide_ShowsAFieldErrorUntilTheSideFits()
    {
        var (_, ticket) = await OpenFromMarketWatchAsync("EURUSD", "trade-buy");
        await ticket.ChooseAsync("ticket-level-mode", "Price");
        var ask = decimal.Parse(await ticket.Field("ask").InnerTextAsync(), CultureInfo.InvariantCulture);

        // 30 pips above the ask: a loss for nobody who buys.
        await ticket.FillAsync("ticket-sl", Price(ask + 0.00300m, 5));
        await Expect(ticket["ticket-error-sl"]).ToContainTextAsync("The stop loss of a buy must be below the bid");
        await Expect(ticket["ticket-submit"]).ToBeDisabledAsync();

        // The same level is where a sell's stop belongs.
        await ticket["ticket-side-sell"].ClickAsync();
        await Expect(ticket["ticket-error-sl"]).ToHaveCountAsync(0);
        await Expect(ticket.Field("sl-pips")).ToHaveTextAsync(Pips());
        await Expect(ticket["ticket-submit"]).ToHaveTextAsync("Sell 0.01 EURUSD at market");
        await Expect(ticket["ticket-submit"]).ToBeEnabledAsync();
    }

    [Fact]
    public async Task Ticket_StopLossMoved_RiskAndRewardToRiskFollow()
    {
        var (_, ticket) = await OpenFromMarketWatchAsync("EURUSD", "trade-buy");
        await ticket.FillAsync("ticket-lots", "0.10");
        await ticket.FillAsync("ticket-sl", "20");
        await ticket.FillAsync("ticket-tp", "40");

        // EURUSD on a USD account: $1 a point a lot, so 200 points at 0.10 lots risk $20.
        await Expect(ticket.Field("risk")).ToHaveTextAsync("20.00 USD");
        await Expect(ticket.Field("reward")).ToHaveTextAsync("40.00 USD");
        await Expect(ticket.Field("rr")).ToHaveTextAsync("1 : 2.00");
        await Expect(ticket.Field("sl-pips")).ToHaveTextAsync("20.0");

        await ticket.FillAsync("ticket-sl", "10");
        await Expect(ticket.Field("risk")).ToHaveTextAsync("10.00 USD");
        await Expect(ticket.Field("reward")).ToHaveTextAsync("40.00 USD");
        await Expect(ticket.Field("rr")).ToHaveTextAsync("1 : 4.00");

        // By risk: 0.5 % of the broker's balance over a 10-pip stop ($100 a lot).
        await ticket.ChooseAsync("ticket-volume-mode", "Risk %");
        await ticket.FillAsync("ticket-risk", "0.5");
        var balanceText = await ticket.Root.Locator(".ticket-field-hint").Filter(new() { HasTextRegex = BalanceHint() }).InnerTextAsync();
        var balance = decimal.Parse(BalanceHint().Match(balanceText).Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
        var lots = Math.Floor(balance * 0.005m / 100m / 0.01m) * 0.01m;
        await Expect(ticket.Field("sized-lots")).ToHaveTextAsync(lots.ToString("0.00", CultureInfo.InvariantCulture));
        await Expect(ticket.Field("risk")).ToHaveTextAsync(string.Create(CultureInfo.InvariantCulture, $"{lots * 100m:N2} USD"));
        await Expect(ticket.Field("rr")).ToHaveTextAsync("1 : 4.00");
    }

    [Fact]
    public async Task MarketBuy_SlTpInPips_OpensThePositionAtThoseLevelsAndToastsTheFill()
    {
        var positionsBefore = await PositionsAsync();
        var (page, ticket) = await OpenFromMarketWatchAsync("EURUSD", "trade-buy");
        await ticket.FillAsync("ticket-lots", "0.10");
        await ticket.FillAsync("ticket-sl", "25");
        await ticket.FillAsync("ticket-tp", "50");
        await Expect(ticket.Field("rr")).ToHaveTextAsync("1 : 2.00");

        await ticket["ticket-submit"].ClickAsync();
        var review = ticket["ticket-review"];
        await Expect(review.Locator("[data-field=order]")).ToHaveTextAsync("Buy");
        await Expect(review.Locator("[data-field=volume]")).ToHaveTextAsync("0.10");
        await Expect(review.Locator("[data-field=risk]")).ToHaveTextAsync("25.00 USD");
        await Expect(review.Locator("[data-field=rr]")).ToHaveTextAsync("1 : 2.00");
        var entry = await ReadPriceAsync(review, "price");
        var stopLoss = await ReadPriceAsync(review, "sl-price");
        var takeProfit = await ReadPriceAsync(review, "tp-price");
        Assert.Equal(entry - 0.00250m, stopLoss);
        Assert.Equal(entry + 0.00500m, takeProfit);

        await ticket["ticket-confirm"].ClickAsync();
        await Expect(ticket["ticket-result"]).ToHaveAttributeAsync("data-kind", "filled", new() { Timeout = Patience });
        await Expect(ticket["ticket-result"]).ToContainTextAsync("Buy 0.10 EURUSD at ");

        // The broker holds the position with exactly the levels the summary showed.
        var opened = Assert.Single(await PositionsAsync(), p => positionsBefore.All(b => b.Ticket != p.Ticket));
        Assert.Equal(("EURUSD", 0, 0.10m), (opened.Symbol, opened.Type, opened.Volume));
        Assert.Equal((stopLoss, takeProfit), (opened.StopLoss, opened.TakeProfit));

        // And the fill is announced wherever the trader is.
        var toast = page.Locator(".rz-notification-item").Filter(new() { HasText = "Filled" });
        await Expect(toast.First).ToContainTextAsync(string.Create(CultureInfo.InvariantCulture, $"Buy 0.10 EURUSD at"), new() { Timeout = Patience });
        await Expect(toast.First).ToContainTextAsync(string.Create(CultureInfo.InvariantCulture, $"#{opened.Ticket}"));
    }

    [Fact]
    public async Task ChartToolbar_Sell_OpensTheTicketForTheChartsSymbolWithSellChosen()
    {
        var page = await SignInAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        page.PageError += (_, error) => violations.Add(error);
        await page.SetViewportSizeAsync(1440, 900);
        await _sessions.OpenAsync(page, $"chart?account={fixture.AccountId:D}&symbol=XAUUSD&tf=M5");
        await page.Locator(".chart-toolbar [data-testid=trade-sell]").ClickAsync(new() { Timeout = Patience });
        var ticket = new TicketPanel(page);
        await ticket.WaitReadyAsync();

        await Expect(ticket.Root).ToHaveAttributeAsync("data-symbol", "XAUUSD");
        await Expect(ticket["ticket-side-sell"]).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(ticket.Field("bid")).ToHaveTextAsync(TwoDecimals());
        await Expect(ticket["ticket-submit"]).ToHaveTextAsync("Sell 0.01 XAUUSD at market");

        // A limit is prefilled at the bid a sell trades at, and must be placed above it.
        await ticket.ChooseAsync("ticket-type", "Limit");
        await Expect(ticket["ticket-error-price"]).ToContainTextAsync("A sell limit must be above the bid");
        var bid = decimal.Parse(await ticket.Field("bid").InnerTextAsync(), CultureInfo.InvariantCulture);
        await ticket.FillAsync("ticket-price", Price(bid + 5m, 2));
        await ticket.FillAsync("ticket-lots", "0.05");
        await ticket.FillAsync("ticket-sl", "300");
        await ticket.FillAsync("ticket-tp", "900");
        await ticket["ticket-tp1-toggle"].ClickAsync();
        await ticket.FillAsync("ticket-tp1", "450");
        await Expect(ticket["ticket-error-price"]).ToHaveCountAsync(0);
        await Expect(ticket.Field("rr")).ToHaveTextAsync("1 : 3.00");
        await Expect(ticket.Field("tp1-money")).ToHaveTextAsync(TwoDecimalsMoney());
        await Expect(ticket["ticket-submit"]).ToHaveTextAsync(new Regex(@"^Sell limit 0\.05 XAUUSD at \d+\.\d{2}$"));

        // The ticket runs under the strict CSP (script-src 'self') without a complaint.
        Assert.Empty(violations);

        // TD_TICKET_SCREENSHOT=docs/trade-ticket.png refreshes the README's picture from this state.
        if (Environment.GetEnvironmentVariable("TD_TICKET_SCREENSHOT") is { Length: > 0 } path)
        {
            await page.ScreenshotAsync(new() { Path = path });
        }
    }

    [Fact]
    public async Task Ticket_BrokerFailing_DisablesTradingWithTheReason()
    {
        var (_, ticket) = await OpenFromMarketWatchAsync("USDJPY", "trade-buy");
        await Expect(ticket["ticket-submit"]).ToBeEnabledAsync(new() { Timeout = Patience });

        await SetFaultAsync("error");
        await OpenBreakerAsync();

        await Expect(ticket["ticket-unavailable"]).ToBeVisibleAsync(new() { Timeout = Patience });
        await Expect(ticket["ticket-unavailable"]).Not.ToBeEmptyAsync();
        await Expect(ticket["ticket-submit"]).ToBeDisabledAsync();

        // The broker back, the half-open probe closes the breaker and the ticket trades again.
        await SetFaultAsync("none");
        await CloseBreakerAsync();
        await Expect(ticket["ticket-unavailable"]).ToHaveCountAsync(0, new() { Timeout = Patience });
        await Expect(ticket["ticket-submit"]).ToBeEnabledAsync();
    }

    [Fact]
    public async Task Confirm_BrokerAcceptsButAnswersTooLate_ShowsVerifyingUntilReconciledAsFilled()
    {
        var ordersBefore = (await fixture.OrdersAsync()).Count;
        var (page, ticket) = await OpenFromMarketWatchAsync("EURUSD", "trade-sell");
        await ticket.FillAsync("ticket-lots", "0.03");
        await ticket.FillAsync("ticket-sl", "40");
        await Expect(ticket["ticket-submit"]).ToBeEnabledAsync(new() { Timeout = Patience });
        await ticket["ticket-submit"].ClickAsync();
        await ticket.ExpectStepAsync("review");

        // Reconciliation may settle the order within moments of it becoming Unknown: record every
        // state the ticket shows rather than hoping to poll the short one.
        await ticket.Root.EvaluateAsync(
            """
            root => {
                const seen = window.__ticketKinds = [];
                new MutationObserver(() => {
                    const kind = root.querySelector('[data-testid=ticket-result]')?.getAttribute('data-kind');
                    if (kind && seen[seen.length - 1] !== kind) seen.push(kind);
                }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-kind'] });
            }
            """);

        // The simulator executes the next order, then holds its answer past the dashboard's order timeout.
        var options = fixture.Dashboard.Services.GetRequiredService<IOptions<TradingOptions>>().Value;
        await SetFaultAsync("accept_then_timeout", latencyMs: options.OrderTimeoutMs + 4_000, count: 1);
        await ticket["ticket-confirm"].ClickAsync();

        // Reconciliation finds the position by its tag and settles the order: never a second send.
        await Expect(ticket["ticket-result"]).ToHaveAttributeAsync("data-kind", "filled", new() { Timeout = options.OrderTimeoutMs + options.ReconcileIntervalMs + 30_000f });
        Assert.Equal(["verifying", "filled"], await page.EvaluateAsync<string[]>("() => window.__ticketKinds"));
        await Expect(ticket["ticket-new"]).ToBeEnabledAsync();
        var order = Assert.Single((await fixture.OrdersAsync()).Skip(ordersBefore));
        Assert.Equal(OrderStatus.Done, order.Status);
        Assert.Single(await PositionsAsync(), p => ClientOrderTag.Matches(p.Comment, order.ClientTag));
        await Expect(page.Locator(".rz-notification-item").Filter(new() { HasText = "Verifying with the broker" }).First).ToBeAttachedAsync();
    }

    [Fact]
    public async Task Toasts_PageOpenedAfterAFill_ToastOnlyWhatHappensNextIncludingTheCloseWithItsProfit()
    {
        // The account's last update (this fill) stays in the last-value cache and is replayed to new subscribers.
        var earlier = await TradeAsync(async (trading, trader) => await trading.PlaceOrderAsync(trader, await MarketOrderAsync(trader, "GBPUSD", 0.01m), CancellationToken.None));
        Assert.True(earlier.Status == OrderStatus.Done, earlier.Message);

        var page = await SignInAsync();
        await _sessions.OpenAsync(page, $"markets?account={fixture.AccountId:D}");
        await Expect(page.Locator("[data-testid=market-watch] tr[data-symbol='GBPUSD']")).ToBeVisibleAsync(new() { Timeout = Patience });

        var opened = await TradeAsync(async (trading, trader) => await trading.PlaceOrderAsync(trader, await MarketOrderAsync(trader, "GBPUSD", 0.02m), CancellationToken.None));
        Assert.True(opened.Status == OrderStatus.Done, opened.Message);
        var ticket = opened.PositionTicket!.Value;
        var toasts = page.Locator(".rz-notification-item");
        await Expect(toasts.Filter(new() { HasText = $"#{ticket}" }).First).ToContainTextAsync("Filled", new() { Timeout = Patience });
        await Expect(toasts.Filter(new() { HasText = "Filled" })).ToHaveCountAsync(1);
        await Expect(toasts.Filter(new() { HasText = $"#{earlier.PositionTicket}" })).ToHaveCountAsync(0);

        // The close comes back from the broker as position.closed: a toast with the net P/L.
        var closed = await TradeAsync((trading, trader) => trading.ClosePositionAsync(
            trader, new CloseIntent(fixture.AccountId, ticket, null, $"test:{Guid.NewGuid():N}", CloseReason.Manual, TradeLineage.ManualBy(trader.UserId)), CancellationToken.None));
        Assert.True(closed.Status == OrderStatus.Done, closed.Message);
        await Expect(toasts.Filter(new() { HasTextRegex = ClosedWithProfit() }).Filter(new() { HasText = $"#{ticket}" }).First)
            .ToContainTextAsync("GBPUSD 0.02 lots", new() { Timeout = Patience });
    }

    private async Task<IPage> SignInAsync() =>
        await _sessions.SignInAsync(TradingDashboardFixture.TraderName, fixture.TraderPassword);

    /// <summary>Signs the trader in, opens the market watch and the ticket from a symbol's row.</summary>
    private async Task<(IPage Page, TicketPanel Ticket)> OpenFromMarketWatchAsync(string symbol, string button)
    {
        var page = await SignInAsync();
        await _sessions.OpenAsync(page, $"markets?account={fixture.AccountId:D}");
        await page.Locator($"[data-testid=market-watch] tr[data-symbol='{symbol}'] [data-testid={button}]").ClickAsync(new() { Timeout = Patience });
        var ticket = new TicketPanel(page);
        await ticket.WaitReadyAsync();
        return (page, ticket);
    }

    private Task<IReadOnlyList<BridgePosition>> PositionsAsync() =>
        BridgePositions.ListAsync(fixture.Dashboard, TradingDashboardFixture.Login);

    private async Task SetFaultAsync(string mode, int latencyMs = 0, int count = 0)
    {
        using var client = fixture.Dashboard.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri("mt5/simulator/faults", UriKind.Relative), new Dictionary<string, object>
        {
            ["mode"] = mode,
            ["login"] = TradingDashboardFixture.Login,
            ["latency_ms"] = latencyMs,
            ["count"] = count,
        });
        Assert.True(response.IsSuccessStatusCode, $"Fault {mode}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Acts through the real trading service as the fixture's trader (set-up that is not under test).</summary>
    private async Task<T> TradeAsync<T>(Func<ITradingService, AccessUser, Task<T>> action)
    {
        var trader = new AccessUser(await fixture.Dashboard.UserIdAsync(TradingDashboardFixture.TraderName), TradingDashboardFixture.TraderName, IsAdmin: false);
        await using var scope = fixture.Dashboard.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ITradingService>(), trader);
    }

    /// <summary>A market buy under its own test key, with a stop 50 pips under the simulator's bid.</summary>
    private async Task<OpenOrderIntent> MarketOrderAsync(AccessUser trader, string symbol, decimal volume)
    {
        using var client = fixture.Dashboard.CreateClient();
        var info = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri($"api/mt5/account/{TradingDashboardFixture.Login}/symbols/{symbol}", UriKind.Relative));
        var stopLoss = Math.Round(info.GetProperty("bid").GetDecimal() - 0.00500m, 5);
        var key = $"test:{Guid.NewGuid():N}";
        return new OpenOrderIntent(fixture.AccountId, symbol, PositionSide.Buy, OrderType.Market, volume, null, stopLoss, null, key, TradeLineage.ManualBy(trader.UserId, key));
    }

    /// <summary>Failing reads through the trading service (as the trader) until the account's breaker opens; bounded.</summary>
    private async Task OpenBreakerAsync()
    {
        var trader = new AccessUser(await fixture.Dashboard.UserIdAsync(TradingDashboardFixture.TraderName), TradingDashboardFixture.TraderName, IsAdmin: false);
        await using var scope = fixture.Dashboard.Services.CreateAsyncScope();
        var trading = scope.ServiceProvider.GetRequiredService<ITradingService>();
        for (var attempt = 0; attempt < 40 && trading.GetStatus(trader, fixture.AccountId).Breaker != BreakerState.Open; attempt++)
        {
            try
            {
                await trading.GetPositionsAsync(trader, fixture.AccountId, CancellationToken.None);
            }
            catch (BrokerException)
            {
                // Expected: each failed read counts towards the breaker.
            }
        }

        Assert.Equal(BreakerState.Open, trading.GetStatus(trader, fixture.AccountId).Breaker);
    }

    /// <summary>Reads (the half-open probes) until the breaker lets trading through again, so the next test trades; bounded.</summary>
    private async Task CloseBreakerAsync()
    {
        var trader = new AccessUser(await fixture.Dashboard.UserIdAsync(TradingDashboardFixture.TraderName), TradingDashboardFixture.TraderName, IsAdmin: false);
        await using var scope = fixture.Dashboard.Services.CreateAsyncScope();
        var trading = scope.ServiceProvider.GetRequiredService<ITradingService>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<TradingOptions>>().Value;
        var deadline = DateTimeOffset.UtcNow.AddMilliseconds(options.BreakerOpenMs + 30_000);
        while (!trading.GetStatus(trader, fixture.AccountId).CanTrade && DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                await trading.GetPositionsAsync(trader, fixture.AccountId, CancellationToken.None);
            }
            catch (BrokerException)
            {
                // Still open: the probe is let through once the break is over.
            }

            await Task.Delay(500);
        }

        Assert.True(trading.GetStatus(trader, fixture.AccountId).CanTrade, "The breaker did not close after the broker recovered.");
    }

    private static async Task<decimal> ReadPriceAsync(ILocator scope, string field) =>
        decimal.Parse(await scope.Locator($"[data-field={field}]").InnerTextAsync(), CultureInfo.InvariantCulture);

    private static string Price(decimal price, int digits) =>
        price.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d+\.\d$")]
    private static partial Regex Pips();

    [GeneratedRegex(@"^\d+\.\d{2}$")]
    private static partial Regex TwoDecimals();

    [GeneratedRegex(@"^\+[\d,]+\.\d{2} USD$")]
    private static partial Regex TwoDecimalsMoney();

    [GeneratedRegex(@"Position closed · [+-]?[\d,]+\.\d{2} USD")]
    private static partial Regex ClosedWithProfit();

    [GeneratedRegex(@"balance ([\d,]+\.\d{2}) USD")]
    private static partial Regex BalanceHint();
}
