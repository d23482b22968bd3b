using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TradingDashboard.Core.Events;
using TradingDashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TradingDashboard.Tests.Browser;

/// <summary>
/// Accounts, users and access control end to end: an admin works in the admin screens of one
/// browser context while traders watch their Markets pages in others, all against the real
/// dashboard fed through RabbitMQ.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccessControlTests(PlaywrightFixture browser, MarketsDashboardFixture fixture)
    : IClassFixture<MarketsDashboardFixture>, IAsyncDisposable
{
    private static readonly LocatorAssertionsToBeVisibleOptions WithinFiveSeconds = new() { Timeout = 5_000 };

    private readonly UserSessions _sessions = new(browser, fixture.Dashboard.BaseAddress);

    public ValueTask DisposeAsync() => _sessions.DisposeAsync();

    [Fact]
    public async Task AdminCreatesAndAssignsAnAccount_TraderSeesItsPricesUntilTheAssignmentIsRemoved()
    {
        var (traderName, traderPassword) = await fixture.CreateTraderAsync("acceptance");
        var login = NewLogin();
        var admin = await _sessions.SignInAsAdminAsync();

        // Admin → Accounts → New account.
        await _sessions.OpenAsync(admin, "admin/accounts");
        await admin.ClickAsync("[data-testid=new-account]");
        await Expect(admin).ToHaveURLAsync(NewAccountUrl());
        await UserSessions.WaitInteractiveAsync(admin);
        await admin.FillAsync("[data-testid=field-name]", "Acceptance desk");
        await admin.FillAsync("[data-testid=field-login]", login);
        await admin.FillAsync("[data-testid=field-server]", "MetaQuotes-Demo");
        await admin.FillAsync("[data-testid=field-currency]", "USD");
        await admin.ClickAsync("[data-testid=save-account]");
        await Expect(admin).ToHaveURLAsync(AccountUrl());
        var accountId = Guid.Parse(AccountUrl().Match(admin.Url).Groups["id"].Value);

        // Access: tick the trader, save.
        var access = admin.Locator("[data-testid=access-panel]");
        await access.Locator($"[data-user='{traderName}'] [data-testid=access-checkbox]").ClickAsync();
        await admin.ClickAsync("[data-testid=save-access]");
        await Expect(access).ToContainTextAsync("1 trader assigned");

        // The trader sees the account and its live prices.
        var trader = await _sessions.SignInAsync(traderName, traderPassword);
        await _sessions.OpenAsync(trader, $"markets?account={accountId:D}");
        await Expect(trader.Locator("[data-testid=account-card]")).ToContainTextAsync("Acceptance desk");
        await fixture.PublishAsync(accountId, EventTypes.PriceTick, BridgeEvents.Tick(accountId, login, "EURUSD", 1.08450m, 1.08462m));
        await Expect(trader.Locator("[data-testid=market-watch] tr[data-symbol=EURUSD] [data-field=bid]")).ToHaveTextAsync("1.08450");

        // The admin removes the assignment; the trader's open page lets go of the account.
        await access.Locator($"[data-user='{traderName}'] [data-testid=access-checkbox]").ClickAsync();
        await admin.ClickAsync("[data-testid=save-access]");
        var sinceRevoked = Stopwatch.StartNew();
        await Expect(trader.Locator("[data-testid=account-access-lost]")).ToBeVisibleAsync(WithinFiveSeconds);
        Assert.True(sinceRevoked.Elapsed < TimeSpan.FromSeconds(5), $"The notice took {sinceRevoked.Elapsed}.");
        await Expect(trader.Locator("[data-testid=account-access-lost]")).ToContainTextAsync("You no longer have access to account Acceptance desk");
        await Expect(trader.Locator("[data-testid=market-watch]")).ToHaveCountAsync(0);
        await Expect(trader.Locator("[data-testid=account-card]")).ToHaveCountAsync(0);
        await fixture.PublishAsync(accountId, EventTypes.PriceTick, BridgeEvents.Tick(accountId, login, "EURUSD", 1.09999m, 1.10011m));
        await Task.Delay(500);
        Assert.DoesNotContain("1.09999", await trader.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarketsPage_TraderOpensAnotherTradersAccount_SeesNoAccessNoPricesAndTheRefusalIsLogged()
    {
        var (traderA, passwordA) = await fixture.CreateTraderAsync("sweep-a");
        var (traderB, _) = await fixture.CreateTraderAsync("sweep-b");
        var login = NewLogin();
        var accountOfB = await fixture.CreateAccountAsync("Desk of B", login);
        await fixture.AssignAsync(accountOfB, traderB);
        await fixture.PublishAsync(accountOfB, EventTypes.PriceTick, BridgeEvents.Tick(accountOfB, login, "XAUUSD", 2331.40m, 2331.65m));
        var traderAId = await fixture.Dashboard.UserIdAsync(traderA);

        var page = await _sessions.SignInAsync(traderA, passwordA);
        await _sessions.OpenAsync(page, $"markets?account={accountOfB:D}");

        await Expect(page.Locator("[data-testid=account-no-access]")).ToContainTextAsync("You do not have access to this account");
        await Expect(page.Locator("[data-testid=market-watch]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=account-card]")).ToHaveCountAsync(0);
        var html = await page.ContentAsync();
        Assert.DoesNotContain("2331.40", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Desk of B", html, StringComparison.Ordinal);
        Assert.Contains(fixture.Refusals, r => r.Field("UserId") == traderAId && r.Field("AccountId") == accountOfB.ToString() && r.Field("Reason") == "NotAssigned");
    }

    [Theory]
    [InlineData("admin/accounts")]
    [InlineData("admin/accounts/new")]
    [InlineData("admin/users")]
    [InlineData("admin/audit")]
    [InlineData("admin/accounts/{id}")]
    public async Task AdminPages_Trader_GetsTheForbiddenPage(string path)
    {
        var (trader, password) = await fixture.CreateTraderAsync("no-admin");
        var page = await _sessions.SignInAsync(trader, password);

        var response = await page.GotoAsync(fixture.Url(path.Replace("{id}", fixture.PrimaryAccountId.ToString("D"), StringComparison.Ordinal)).ToString());

        Assert.Equal(403, response!.Status);
        await Expect(page.Locator("[data-testid=access-denied]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=accounts-grid], [data-testid=users-grid], [data-testid=audit-grid], [data-testid=account-form]")).ToHaveCountAsync(0);
        Assert.DoesNotContain("Browser Primary", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NavMenu_Trader_HasNoAdminGroupWhileTheAdminHasOne()
    {
        var (trader, password) = await fixture.CreateTraderAsync("nav");
        var traderPage = await _sessions.SignInAsync(trader, password);
        await _sessions.OpenAsync(traderPage, "markets");
        var adminPage = await _sessions.SignInAsAdminAsync();
        await _sessions.OpenAsync(adminPage, "markets");

        await Expect(adminPage.Locator("[data-testid=nav-menu]")).ToContainTextAsync("Audit log");
        await Expect(traderPage.Locator("[data-testid=nav-menu]")).ToContainTextAsync("Markets");
        await Expect(traderPage.Locator("[data-testid=nav-menu]")).Not.ToContainTextAsync("Admin");
        await Expect(traderPage.Locator("[data-testid=user-role]")).ToHaveTextAsync("Trader");
        await Expect(traderPage.Locator("[data-testid=user-name]")).ToHaveTextAsync(trader);
    }

    [Fact]
    public async Task Credentials_PasswordSavedInTheUi_NeverAppearsInThePageNorAfterReload()
    {
        const string secret = "Sup3r-Secret-Broker-Pw!";
        var accountId = await fixture.CreateAccountAsync("Credential desk", NewLogin());
        var admin = await _sessions.SignInAsAdminAsync();
        await _sessions.OpenAsync(admin, $"admin/accounts/{accountId:D}");
        await Expect(admin.Locator("[data-testid=credential-status-Password]")).ToHaveTextAsync("Not set");

        await admin.FillAsync("[data-testid=credential-input-Password]", secret);
        await admin.ClickAsync("[data-testid=credential-save-Password]");

        await Expect(admin.Locator("[data-testid=credential-status-Password]")).ToContainTextAsync(SetByAdmin());
        Assert.Equal(string.Empty, await admin.InputValueAsync("[data-testid=credential-input-Password]"));
        Assert.DoesNotContain(secret, await admin.ContentAsync(), StringComparison.Ordinal);
        await Expect(admin.Locator("[data-testid=credential-save-Password]")).ToContainTextAsync("Replace");

        await admin.ReloadAsync();
        await UserSessions.WaitInteractiveAsync(admin);
        await Expect(admin.Locator("[data-testid=credential-status-Password]")).ToContainTextAsync(SetByAdmin());
        Assert.DoesNotContain(secret, await admin.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, await admin.InputValueAsync("[data-testid=credential-input-Password]"));
    }

    [Fact]
    public async Task Deactivate_InTheAdminAccountsList_TradersOpenPageShowsTheNoticeWithinFiveSeconds()
    {
        var (traderName, traderPassword) = await fixture.CreateTraderAsync("deactivate");
        var accountId = await fixture.CreateAccountAsync("Deactivation desk", NewLogin());
        await fixture.AssignAsync(accountId, traderName);
        var trader = await _sessions.SignInAsync(traderName, traderPassword);
        await _sessions.OpenAsync(trader, $"markets?account={accountId:D}");
        await Expect(trader.Locator("[data-testid=market-watch]")).ToBeVisibleAsync();

        var admin = await _sessions.SignInAsAdminAsync();
        await _sessions.OpenAsync(admin, "admin/accounts");
        var row = admin.Locator($"[data-account-id='{accountId:D}']");
        await row.Locator("[data-testid=deactivate-account]").ClickAsync();
        await admin.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Deactivate", Exact = true }).ClickAsync();
        var sinceDeactivated = Stopwatch.StartNew();

        await Expect(trader.Locator("[data-testid=account-deactivated]")).ToBeVisibleAsync(WithinFiveSeconds);
        Assert.True(sinceDeactivated.Elapsed < TimeSpan.FromSeconds(5), $"The notice took {sinceDeactivated.Elapsed}.");
        await Expect(trader.Locator("[data-testid=account-deactivated]")).ToContainTextAsync("Account Deactivation desk was deactivated");
        await Expect(trader.Locator("[data-testid=market-watch]")).ToHaveCountAsync(0);
        await Expect(row.Locator("[data-field=status]")).ToHaveTextAsync("Inactive");
    }

    [Fact]
    public async Task AccountForm_EmptyNameLettersInMt5LoginBadCurrency_ShowsFieldErrorsAndSavesNothing()
    {
        var admin = await _sessions.SignInAsAdminAsync();
        await _sessions.OpenAsync(admin, "admin/accounts/new");
        var login = "12ab" + NewLogin();

        await admin.FillAsync("[data-testid=field-name]", string.Empty);
        await admin.FillAsync("[data-testid=field-login]", login);
        await admin.FillAsync("[data-testid=field-currency]", "U5D");
        await admin.ClickAsync("[data-testid=save-account]");

        await Expect(admin.Locator("[data-testid=error-DisplayName]")).ToHaveTextAsync("Enter a display name.");
        await Expect(admin.Locator("[data-testid=error-BrokerLogin]")).ToHaveTextAsync("An MT5 login is a number (digits only).");
        await Expect(admin.Locator("[data-testid=error-Currency]")).ToHaveTextAsync("A three-letter ISO code, e.g. USD.");
        await Expect(admin).ToHaveURLAsync(NewAccountUrl());

        // Fixing only the name still leaves the server's refusal of the login on its field.
        await admin.FillAsync("[data-testid=field-name]", "Invalid desk");
        await admin.FillAsync("[data-testid=field-currency]", "USD");
        await admin.ClickAsync("[data-testid=save-account]");
        await Expect(admin.Locator("[data-testid=error-BrokerLogin]")).ToBeVisibleAsync();
        await Expect(admin).ToHaveURLAsync(NewAccountUrl());

        await _sessions.OpenAsync(admin, "admin/accounts");
        await Expect(admin.Locator("[data-testid=accounts-grid]")).Not.ToContainTextAsync("Invalid desk");
        await Expect(admin.Locator("[data-testid=accounts-grid]")).Not.ToContainTextAsync(login);
    }

    [Fact]
    public async Task UsersPage_AdminCreatesATraderThenTriesToLockThemselves_CreatesTheUserAndShowsTheRefusal()
    {
        var name = $"ui-{Guid.NewGuid():N}"[..16];
        var admin = await _sessions.SignInAsAdminAsync();
        await _sessions.OpenAsync(admin, "admin/users");

        await admin.ClickAsync("[data-testid=new-user]");
        await admin.FillAsync("[data-testid=field-user-name]", "x");
        await admin.FillAsync("[data-testid=field-temporary-password]", "Temp-Passw0rd-1");
        await admin.ClickAsync("[data-testid=create-user]");
        await Expect(admin.Locator("[data-testid=error-UserName]")).ToBeVisibleAsync();
        await admin.FillAsync("[data-testid=field-user-name]", name);
        await admin.ClickAsync("[data-testid=create-user]");
        var row = admin.Locator($"[data-testid=users-grid] [data-user='{name}']");
        await Expect(row.Locator("[data-field=role]")).ToHaveTextAsync("Trader");
        await Expect(row.Locator("[data-field=accounts]")).ToHaveTextAsync("None assigned");

        var self = admin.Locator($"[data-testid=users-grid] [data-user='{DashboardServer.AdminUserName}']");
        await self.Locator("[data-testid=toggle-lock]").ClickAsync();
        await admin.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Lock", Exact = true }).ClickAsync();
        await Expect(admin.Locator("[data-testid=users-action-error]")).ToBeVisibleAsync();
        await Expect(self.Locator("[data-field=locked]")).ToHaveTextAsync("Active");
    }

    [Fact]
    public async Task AuditLog_AfterAnAccountIsCreated_ShowsTheEntryWithItsChangesNewestFirst()
    {
        var accountId = await fixture.CreateAccountAsync("Audited desk", NewLogin());
        var admin = await _sessions.SignInAsAdminAsync();

        await _sessions.OpenAsync(admin, $"admin/audit?subject={accountId:D}");

        var first = admin.Locator("[data-testid=audit-grid] tr[data-action]").First;
        await Expect(first).ToHaveAttributeAsync("data-action", "account.created");
        await Expect(first.Locator("[data-field=actor]")).ToHaveTextAsync(DashboardServer.AdminUserName);
        await Expect(first.Locator("[data-testid=audit-changes]")).ToContainTextAsync("Audited desk");
        await Expect(first.Locator("[data-field=at]")).ToHaveTextAsync(UtcTime());
    }

    private static string NewLogin() => Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/admin/accounts/new$")]
    private static partial Regex NewAccountUrl();

    [GeneratedRegex(@"/admin/accounts/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex AccountUrl();

    [GeneratedRegex(@"Set · updated \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC by admin")]
    private static partial Regex SetByAdmin();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$")]
    private static partial Regex UtcTime();
}
