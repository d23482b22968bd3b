using Microsoft.Playwright;
using TradingDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TradingDashboard.Tests.Browser;

/// <summary>Browser contexts signed in as one user each, disposed together.</summary>
public sealed class UserSessions(PlaywrightFixture browser, Uri baseAddress) : IAsyncDisposable
{
    public static readonly TimeSpan PageReady = TimeSpan.FromSeconds(20);

    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>A fresh context (own cookies) signed in through the login form.</summary>
    public async Task<IPage> SignInAsync(string userName, string password)
    {
        var (context, page) = await browser.NewPageAsync();
        _contexts.Add(context);
        await BrowserSignIn.SignInAsync(page, baseAddress, userName, password);
        return page;
    }

    public Task<IPage> SignInAsAdminAsync() => SignInAsync(DashboardServer.AdminUserName, DashboardServer.AdminPassword);

    /// <summary>Navigates and waits until the circuit is interactive (the layout flips <c>data-interactive</c>).</summary>
    public async Task OpenAsync(IPage page, string relative)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(new Uri(baseAddress, relative).ToString());
        await WaitInteractiveAsync(page);
    }

    public static async Task WaitInteractiveAsync(IPage page) =>
        await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = (float)PageReady.TotalMilliseconds });

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}
