using AngleSharp.Dom;
using TradingDashboard.Components.Pages.Admin.Accounts;
using TradingDashboard.Core.Accounts.Credentials;

namespace TradingDashboard.Tests.Unit.Components;

/// <summary>The admin account screens' first render over Core's real account administration and audit log.</summary>
public sealed class AdminPagesRenderTests : IAsyncLifetime
{
    private const string Secret = "Hunter2-never-shown-9f3b";
    private ComponentTestServices _services = null!;

    public async Task InitializeAsync() => _services = await ComponentTestServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task AccountsPage_Admin_ListsEveryAccountWithUsersStatusAndCredentialState()
    {
        var alpha = await _services.CreateAccountAsync("1001", "Alpha", ComponentTestServices.TraderA, ComponentTestServices.TraderB);
        var beta = await _services.CreateAccountAsync("1002", "Beta");
        await _services.Administration.SetActiveAsync(ComponentTestServices.Admin, beta.Id, false, CancellationToken.None);
        await _services.Administration.SetCredentialAsync(ComponentTestServices.Admin, alpha.Id, CredentialKind.Password, Secret, CancellationToken.None);
        _services.SignIn(ComponentTestServices.Admin);

        var html = await StaticRender.RenderAsync<AccountsPage>(_services.Services);

        var alphaRow = Row(html, alpha.Id);
        Assert.Equal("bob.trader, carol.trader", StaticRender.Field(alphaRow, "assigned"));
        Assert.Equal("Active", StaticRender.Field(alphaRow, "status"));
        Assert.Equal("Set", StaticRender.Field(alphaRow, "credentials"));
        Assert.Equal("1001", StaticRender.Field(alphaRow, "login"));
        var betaRow = Row(html, beta.Id);
        Assert.Equal("Inactive", StaticRender.Field(betaRow, "status"));
        Assert.Equal("Not set", StaticRender.Field(betaRow, "credentials"));
        Assert.Equal("Admins only", StaticRender.Field(betaRow, "assigned"));
        Assert.DoesNotContain(Secret, html.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountEditPage_PasswordStored_SaysWhenAndByWhomButNeverRendersTheSecret()
    {
        var alpha = await _services.CreateAccountAsync("1001", "Alpha");
        await _services.Administration.SetCredentialAsync(ComponentTestServices.Admin, alpha.Id, CredentialKind.Password, Secret, CancellationToken.None);
        _services.SignIn(ComponentTestServices.Admin);

        var html = await RenderEditAsync(alpha.Id);

        var statusText = html.QuerySelector("[data-testid=credential-status-Password]")!.TextContent;
        Assert.Matches(@"Set · updated \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC by alice\.admin", string.Join(' ', statusText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.DoesNotContain(Secret, html.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(string.Empty, html.QuerySelector("[data-testid=credential-input-Password]")?.GetAttribute("value") ?? string.Empty);
        Assert.Contains("(set)", html.QuerySelector("[data-testid=history-panel]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountEditPage_Existing_ShowsReadOnlyIdAndTradersToAssignWithAdminsSeeingAll()
    {
        var alpha = await _services.CreateAccountAsync("1001", "Alpha", ComponentTestServices.TraderA);
        _services.SignIn(ComponentTestServices.Admin);

        var html = await RenderEditAsync(alpha.Id);

        var id = html.QuerySelector("[data-testid=field-id]")!;
        Assert.Equal(alpha.Id.ToString("D"), id.GetAttribute("value"));
        Assert.True(id.HasAttribute("readonly"));
        var access = html.QuerySelector("[data-testid=access-panel]")!;
        Assert.Contains("sees all accounts", access.QuerySelector("[data-user='alice.admin']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Trader", access.QuerySelector("[data-user='bob.trader']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 trader assigned", access.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountEditPage_Trader_ShowsTheServicesRefusalAndNothingOfTheAccount()
    {
        var alpha = await _services.CreateAccountAsync("1001", "Alpha secret desk", ComponentTestServices.TraderA);
        _services.SignIn(ComponentTestServices.TraderA);

        var html = await RenderEditAsync(alpha.Id);

        Assert.Contains("administrators", html.QuerySelector("[data-testid=account-load-error]")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Alpha secret desk", html.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Null(html.QuerySelector("[data-testid=account-form]"));
    }

    [Fact]
    public async Task AccountEditPage_UnknownId_SaysTheAccountDoesNotExist()
    {
        _services.SignIn(ComponentTestServices.Admin);

        var html = await RenderEditAsync(Guid.NewGuid());

        Assert.Contains("does not exist", html.QuerySelector("[data-testid=account-load-error]")!.TextContent, StringComparison.Ordinal);
    }

    private static IElement Row(IDocument html, Guid accountId) =>
        html.QuerySelector($"[data-testid=accounts-grid] [data-account-id='{accountId:D}']")
        ?? throw new Xunit.Sdk.XunitException($"No grid row for {accountId}: {html.Body?.InnerHtml}");

    private Task<IDocument> RenderEditAsync(Guid id)
    {
        _services.Navigation.Go($"admin/accounts/{id:D}");
        return StaticRender.RenderAsync<AccountEditPage>(_services.Services, new Dictionary<string, object?> { [nameof(AccountEditPage.Id)] = (Guid?)id });
    }
}
