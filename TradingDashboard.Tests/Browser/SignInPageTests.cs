using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TradingDashboard.Tests.Infrastructure;
using TradingDashboard.Tests.Integration.Security;
using static Microsoft.Playwright.Assertions;

namespace TradingDashboard.Tests.Browser;

/// <summary>The real login page in Chromium: sign in, land on the live markets page, sign out; no CSP violation anywhere.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SignInPageTests(PlaywrightFixture browser, SecuredDashboardFixture fixture)
    : IClassFixture<SecuredDashboardFixture>, IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _problems = new();
    private IBrowserContext? _context;
    private IPage _page = null!;

    private Uri BaseAddress => fixture.Server.BaseAddress;

    public async Task InitializeAsync()
    {
        (_context, _page) = await browser.NewPageAsync(BaseAddress);
        _page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _problems.Enqueue($"{message.Type}: {message.Text}");
            }
        };
        _page.PageError += (_, error) => _problems.Enqueue($"page error: {error}");
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    [Fact]
    public async Task SignIn_ThroughTheLoginPage_LandsOnTheLiveMarketsPage()
    {
        var user = SecuredDashboardFixture.NewUserName("browser");
        var password = await fixture.Server.CreateUserAsync(user);

        await _page.GotoAsync("markets");
        await Expect(_page).ToHaveURLAsync(LoginUrl());
        await BrowserSignIn.SignInAsync(_page, BaseAddress, user, password);
        await _page.GotoAsync("markets");

        await Expect(_page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        await Expect(_page.Locator("[data-testid=user-name]")).ToHaveTextAsync(user);
        AssertNoConsoleProblems();
    }

    [Fact]
    public async Task SignIn_ReturnUrl_GoesBackToTheRequestedPage()
    {
        var user = SecuredDashboardFixture.NewUserName("browser");
        var password = await fixture.Server.CreateUserAsync(user);

        await _page.GotoAsync("markets?account=none");
        await _page.FillAsync("#username", user);
        await _page.FillAsync("#password", password);
        await _page.ClickAsync("[data-testid=sign-in]");

        await Expect(_page).ToHaveURLAsync(MarketsWithQuery());
        await Expect(_page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
        AssertNoConsoleProblems();
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoWithoutSayingWhichPart()
    {
        await _page.GotoAsync("account/login");
        await _page.FillAsync("#username", DashboardServer.AdminUserName);
        await _page.FillAsync("#password", "Wrong-Passw0rd");
        await _page.ClickAsync("[data-testid=sign-in]");

        await Expect(_page.Locator("[data-testid=login-error]")).ToHaveTextAsync("Invalid user name or password.");
        await Expect(_page.Locator("#password")).ToHaveValueAsync(string.Empty);
        AssertNoConsoleProblems();
    }

    [Fact]
    public async Task SignOut_FromTheHeader_EndsTheSession()
    {
        var user = SecuredDashboardFixture.NewUserName("browser");
        var password = await fixture.Server.CreateUserAsync(user);
        await BrowserSignIn.SignInAsync(_page, BaseAddress, user, password);
        await Expect(_page.Locator("[data-interactive=true]")).ToBeVisibleAsync();

        await _page.Locator("[data-testid=sign-out]").First.ClickAsync();
        await Expect(_page).ToHaveURLAsync(LoginUrl());
        await _page.GotoAsync("markets");

        await Expect(_page).ToHaveURLAsync(LoginUrl());
        AssertNoConsoleProblems();
    }

    [Fact]
    public async Task AccountPages_RenderWithoutCspViolations()
    {
        var user = SecuredDashboardFixture.NewUserName("browser");
        var password = await fixture.Server.CreateUserAsync(user);
        await BrowserSignIn.SignInAsync(_page, BaseAddress, user, password);

        await _page.GotoAsync("account/password");
        await Expect(_page.Locator("[data-testid=password-form]")).ToBeVisibleAsync();
        await _page.GotoAsync("admin/accounts");
        await Expect(_page.Locator("[data-testid=access-denied]")).ToContainTextAsync("You do not have access to this page.");
        await _page.GotoAsync("no/such/page");
        await Expect(_page.Locator("[data-testid=status-page]")).ToContainTextAsync("This page does not exist.");

        Assert.DoesNotContain(_problems, p => !p.Contains("404", StringComparison.Ordinal) && !p.Contains("403", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csp_InlineScript_IsBlockedAndReported()
    {
        await _page.GotoAsync("account/login");

        await Assert.ThrowsAnyAsync<PlaywrightException>(() => _page.AddScriptTagAsync(new() { Content = "window.inlineRan = true;" }));

        Assert.Null(await _page.EvaluateAsync<bool?>("() => window.inlineRan"));

        // Console events arrive asynchronously.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!_problems.Any(p => p.Contains("Content Security Policy", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Contains(_problems, p => p.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    private void AssertNoConsoleProblems() => Assert.Empty(_problems);

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginUrl();

    [GeneratedRegex("/markets\\?account=none$")]
    private static partial Regex MarketsWithQuery();
}
