using System.Net;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Security;

/// <summary>Role checks on real admin pages: traders are sent to the 403 page, admins get in.</summary>
public sealed class AuthorizationTests(SecuredDashboardFixture fixture) : IClassFixture<SecuredDashboardFixture>
{
    [Theory]
    [InlineData("/admin/accounts")]
    [InlineData("/admin/users")]
    public async Task AdminPage_Trader_RedirectedToTheDeniedPage(string path)
    {
        var user = SecuredDashboardFixture.NewUserName("trader");
        var password = await fixture.Server.CreateUserAsync(user);
        using var client = await fixture.Server.CreateSignedInClientAsync(user, password);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", new Uri(fixture.Server.BaseAddress, response.Headers.Location!).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeniedPage_Answers403WithAClearMessageAndALinkHome()
    {
        var user = SecuredDashboardFixture.NewUserName("trader");
        var password = await fixture.Server.CreateUserAsync(user);
        using var client = await fixture.Server.CreateSignedInClientAsync(user, password);

        using var response = await client.GetAsync(new Uri("/account/denied", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You do not have access to this page.", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"home-link\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_Admin_Opens()
    {
        using var client = await fixture.Server.CreateSignedInClientAsync(DashboardServer.AdminUserName, DashboardServer.AdminPassword);

        using var response = await client.GetAsync(new Uri("/admin/accounts", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task BridgeSimulatorApi_StaysAnonymous()
    {
        await using var server = DashboardServer.Start();
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/mt5/bridge/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
