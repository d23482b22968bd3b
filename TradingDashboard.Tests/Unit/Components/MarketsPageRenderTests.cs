using AngleSharp.Dom;
using TradingDashboard.Components.Pages.Markets;
using TradingDashboard.Core.Access;

namespace TradingDashboard.Tests.Unit.Components;

/// <summary>The Markets page over Core's real access policy: what each user sees, and what replaces what they may not.</summary>
public sealed class MarketsPageRenderTests : IAsyncLifetime
{
    private ComponentTestServices _services = null!;

    public async Task InitializeAsync() => _services = await ComponentTestServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Render_TraderWithoutAccounts_SaysToAskAnAdministrator()
    {
        await _services.CreateAccountAsync("1001", "Alpha", ComponentTestServices.TraderB);

        var html = await RenderAsync(ComponentTestServices.TraderA, "markets");

        var notice = html.QuerySelector("[data-testid=no-accounts]");
        Assert.NotNull(notice);
        Assert.Contains("No accounts are assigned to you yet — ask an administrator.", notice.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Admin → Accounts", notice.TextContent, StringComparison.Ordinal);
        Assert.Null(html.QuerySelector("[data-testid=market-watch]"));
        Assert.Null(html.QuerySelector("[data-testid=account-select]"));
    }

    [Fact]
    public async Task Render_AdminWithoutAccounts_PointsToAdminAccounts()
    {
        var html = await RenderAsync(ComponentTestServices.Admin, "markets");

        var notice = html.QuerySelector("[data-testid=no-accounts]")!;
        Assert.Contains("Admin → Accounts", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("admin/accounts/new", notice.QuerySelector("[data-testid=create-account-link]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Render_NoAccountInQuery_ShowsTheFirstAssignedActiveAccountByNameAndOnlyAssignedOnes()
    {
        var trader = ComponentTestServices.TraderA;
        await _services.CreateAccountAsync("1002", "Beta", trader);
        await _services.CreateAccountAsync("1001", "Alpha", trader);
        await _services.CreateAccountAsync("1000", "Aaa someone else's", ComponentTestServices.TraderB);
        var inactive = await _services.CreateAccountAsync("999", "Aardvark", trader);
        await _services.Administration.SetActiveAsync(ComponentTestServices.Admin, inactive.Id, false, CancellationToken.None);

        var html = await RenderAsync(trader, "markets");

        Assert.Contains("Alpha", html.QuerySelector("[data-testid=account-card]")!.TextContent, StringComparison.Ordinal);
        var selector = html.QuerySelector("[data-testid=account-select]")!.OuterHtml;
        Assert.DoesNotContain("Aardvark", selector, StringComparison.Ordinal);
        Assert.DoesNotContain("someone else", html.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_AssignedAccountInQuery_ShowsThatAccount()
    {
        await _services.CreateAccountAsync("1001", "Alpha", ComponentTestServices.TraderA);
        var beta = await _services.CreateAccountAsync("1002", "Beta", ComponentTestServices.TraderA);

        var html = await RenderAsync(ComponentTestServices.TraderA, $"markets?account={beta.Id:D}");

        Assert.Contains("Beta", html.QuerySelector("[data-testid=account-card]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(html.QuerySelector("[data-testid=market-watch]"));
    }

    [Fact]
    public async Task Render_SomeoneElsesAccountInQuery_SaysNoAccessShowsNothingOfItAndLogsTheRefusal()
    {
        await _services.CreateAccountAsync("1001", "Alpha", ComponentTestServices.TraderA);
        var other = await _services.CreateAccountAsync("2001", "Bravo private", ComponentTestServices.TraderB);

        var html = await RenderAsync(ComponentTestServices.TraderA, $"markets?account={other.Id:D}");

        Assert.Contains("You do not have access to this account", html.QuerySelector("[data-testid=account-no-access]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(html.QuerySelector("[data-testid=account-card]"));
        Assert.Null(html.QuerySelector("[data-testid=market-watch]"));
        Assert.DoesNotContain("Bravo private", html.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var refusal = Assert.Single(_services.Refusals);
        Assert.Equal(ComponentTestServices.TraderA.UserId, refusal.Field("UserId"));
        Assert.Equal(other.Id.ToString(), refusal.Field("AccountId"));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("0b8a3f55-7f5c-4d7e-9d7f-6a1c2b3d4e5f")]
    public async Task Render_UnknownAccountInQuery_SaysItDoesNotExist(string query)
    {
        await _services.CreateAccountAsync("1001", "Alpha", ComponentTestServices.TraderA);

        var html = await RenderAsync(ComponentTestServices.TraderA, $"markets?account={query}");

        Assert.Contains("That account does not exist", html.QuerySelector("[data-testid=account-not-found]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(html.QuerySelector("[data-testid=account-card]"));
    }

    [Fact]
    public async Task Render_DeactivatedAccountInQuery_SaysItIsDeactivated()
    {
        var alpha = await _services.CreateAccountAsync("1001", "Alpha", ComponentTestServices.TraderA);
        await _services.Administration.SetActiveAsync(ComponentTestServices.Admin, alpha.Id, false, CancellationToken.None);

        var html = await RenderAsync(ComponentTestServices.TraderA, $"markets?account={alpha.Id:D}");

        Assert.NotNull(html.QuerySelector("[data-testid=account-inactive]"));
        Assert.Null(html.QuerySelector("[data-testid=market-watch]"));
    }

    [Fact]
    public async Task AccessChanged_AssignmentRemovedWhileOpen_ReplacesTheWidgetsWithANotice()
    {
        var alpha = await _services.CreateAccountAsync("1001", "Alpha", ComponentTestServices.TraderA);
        _services.SignIn(ComponentTestServices.TraderA);
        _services.Navigation.Go($"markets?account={alpha.Id:D}");
        await using var page = await LiveRender.StartAsync<MarketsPage>(_services.Services);
        Assert.NotNull((await page.HtmlAsync()).QuerySelector("[data-testid=market-watch]"));

        await _services.Administration.SetAssignmentsAsync(ComponentTestServices.Admin, alpha.Id, [], CancellationToken.None);

        var html = await page.WaitForAsync(h => h.QuerySelector("[data-testid=account-access-lost]") is not null);
        Assert.Contains("You no longer have access to account Alpha", html.QuerySelector("[data-testid=account-access-lost]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(html.QuerySelector("[data-testid=market-watch]"));
        Assert.Null(html.QuerySelector("[data-testid=account-card]"));
    }

    [Fact]
    public async Task AccessChanged_AccountDeactivatedThenReactivated_ShowsTheNoticeThenTheAccountAgain()
    {
        var alpha = await _services.CreateAccountAsync("1001", "Alpha", ComponentTestServices.TraderA);
        _services.SignIn(ComponentTestServices.TraderA);
        _services.Navigation.Go("markets");
        await using var page = await LiveRender.StartAsync<MarketsPage>(_services.Services);

        await _services.Administration.SetActiveAsync(ComponentTestServices.Admin, alpha.Id, false, CancellationToken.None);
        var html = await page.WaitForAsync(h => h.QuerySelector("[data-testid=account-deactivated]") is not null);
        Assert.Contains("Account Alpha was deactivated", html.QuerySelector("[data-testid=account-deactivated]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(html.QuerySelector("[data-testid=market-watch]"));

        await _services.Administration.SetActiveAsync(ComponentTestServices.Admin, alpha.Id, true, CancellationToken.None);
        html = await page.WaitForAsync(h => h.QuerySelector("[data-testid=market-watch]") is not null);
        Assert.Null(html.QuerySelector("[data-testid=account-deactivated]"));
    }

    [Fact]
    public async Task AccessChanged_FirstAccountAssignedWhileOpen_ShowsIt()
    {
        _services.SignIn(ComponentTestServices.TraderA);
        _services.Navigation.Go("markets");
        await using var page = await LiveRender.StartAsync<MarketsPage>(_services.Services);
        Assert.NotNull((await page.HtmlAsync()).QuerySelector("[data-testid=no-accounts]"));

        await _services.CreateAccountAsync("1001", "Alpha", ComponentTestServices.TraderA);

        var html = await page.WaitForAsync(h => h.QuerySelector("[data-testid=account-card]") is not null);
        Assert.Contains("Alpha", html.QuerySelector("[data-testid=account-card]")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<IDocument> RenderAsync(AccessUser user, string relativeUri)
    {
        _services.SignIn(user);
        _services.Navigation.Go(relativeUri);
        return await StaticRender.RenderAsync<MarketsPage>(_services.Services);
    }
}
