using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TradingDashboard.Tests.Browser.Trading;

/// <summary>The trade ticket side panel of a page, driven the way a trader uses it.</summary>
public sealed partial class TicketPanel(IPage page)
{
    /// <summary>Broker round trips and the first tick can take a while on a loaded machine.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public ILocator Root { get; } = page.Locator("[data-testid=trade-ticket]");

    public ILocator this[string testId] => Root.Locator($"[data-testid={testId}]");

    public ILocator Field(string field) => Root.Locator($"[data-field={field}]");

    /// <summary>Waits until the symbol is loaded and a live ask is shown.</summary>
    public async Task WaitReadyAsync()
    {
        await Expect(Field("ask")).ToHaveTextAsync(Price(), new() { Timeout = (float)Patience.TotalMilliseconds });
        await Expect(this["ticket-submit"]).ToBeVisibleAsync();
    }

    /// <summary>Types into a ticket number input (the ticket updates as it is typed).</summary>
    public Task FillAsync(string testId, string value) => this[testId].Locator("input").FillAsync(value);

    /// <summary>Picks an option of one of the ticket's toggles (order type, volume mode, pips/price).</summary>
    public Task ChooseAsync(string toggleTestId, string option) =>
        this[toggleTestId].GetByText(option, new() { Exact = true }).ClickAsync();

    /// <summary>
    /// Clicks a button <paramref name="times"/> times in one go, from the page itself: every click
    /// reaches the circuit before the first one's re-render (disabling the button) reaches the browser.
    /// </summary>
    public Task ClickRapidlyAsync(string testId, int times) =>
        this[testId].EvaluateAsync("(button, times) => { for (let i = 0; i < times; i++) button.click(); }", times);

    /// <summary>The idempotency key the next submit of the ticket carries.</summary>
    public async Task<string> IntentKeyAsync() =>
        await Root.GetAttributeAsync("data-intent-key") ?? throw new InvalidOperationException("The ticket shows no intent key.");

    public Task ExpectStepAsync(string step) =>
        Expect(Root).ToHaveAttributeAsync("data-step", step, new() { Timeout = (float)Patience.TotalMilliseconds });

    [GeneratedRegex(@"^\d+\.\d+$")]
    private static partial Regex Price();
}
