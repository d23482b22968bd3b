using Microsoft.Playwright;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>Signs a Chromium page in through the real login form (<c>/account/login</c>), the way a user does.</summary>
public static class BrowserSignIn
{
    /// <summary>
    /// Opens the login page, submits the credentials and waits for the redirect away from it.
    /// The page's context keeps the auth cookie, so later navigations are signed in.
    /// </summary>
    /// <exception cref="InvalidOperationException">The login page refused the credentials (its message is included).</exception>
    public static async Task SignInAsync(IPage page, Uri baseAddress, string user, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(baseAddress);
        await page.GotoAsync(new Uri(baseAddress, "account/login").ToString());
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        var error = page.Locator("[data-testid=login-error]");
        await page.ClickAsync("[data-testid=sign-in]");

        // Either the redirect away from the login page or the page's refusal, whichever comes first.
        var left = page.WaitForURLAsync(url => !IsLoginPage(url));
        var refused = error.WaitForAsync();
        if (await Task.WhenAny(left, refused) == refused && IsLoginPage(page.Url))
        {
            _ = left.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            throw new InvalidOperationException($"Sign-in as {user} failed: {await error.InnerTextAsync()}");
        }

        _ = refused.ContinueWith(static t => t.Exception, TaskScheduler.Default);
        await left;
    }

    private static bool IsLoginPage(string url) =>
        new Uri(url).AbsolutePath.StartsWith("/account/login", StringComparison.OrdinalIgnoreCase);
}
