using System.Net;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Security;

/// <summary>The login and logout endpoints over real HTTP: redirects, antiforgery, messages, return URLs, lockout.</summary>
public sealed class SignInTests(SecuredDashboardFixture fixture) : IClassFixture<SecuredDashboardFixture>
{
    private DashboardServer Server => fixture.Server;

    [Fact]
    public async Task GetRoot_Anonymous_RedirectsToLoginWithReturnUrl()
    {
        using var client = Server.CreateClient();

        using var response = await client.GetAsync(new Uri("/markets?account=x", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = HttpSignIn.RedirectPath(response);
        Assert.StartsWith("/account/login", location, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("/markets?account=x"), location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLoginPage_Anonymous_RendersTheForm()
    {
        using var client = Server.CreateClient();

        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"login-form\"", html, StringComparison.Ordinal);
        Assert.Contains(HttpSignIn.TokenField, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostLogin_WithoutAntiforgeryToken_Returns400()
    {
        using var client = Server.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = DashboardServer.AdminUserName,
            ["Input.Password"] = DashboardServer.AdminPassword,
        });

        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("td.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PostLogout_WithoutAntiforgeryToken_Returns400AndStaysSignedIn()
    {
        using var client = await Server.CreateSignedInClientAsync(DashboardServer.AdminUserName, DashboardServer.AdminPassword);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());

        using var logout = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), form);
        using var page = await client.GetAsync(new Uri("/markets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task PostLogout_WithToken_SignsOutAndRedirectsToLogin()
    {
        using var client = await Server.CreateSignedInClientAsync(DashboardServer.AdminUserName, DashboardServer.AdminPassword);
        var token = await HttpSignIn.ReadAntiforgeryTokenAsync(client, "/account/password");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { [HttpSignIn.TokenField] = token });

        using var logout = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), form);
        using var page = await client.GetAsync(new Uri("/markets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/account/login", HttpSignIn.RedirectPath(logout));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", HttpSignIn.RedirectPath(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLogout_IsNotASignOut()
    {
        using var client = await Server.CreateSignedInClientAsync(DashboardServer.AdminUserName, DashboardServer.AdminPassword);

        using var logout = await client.GetAsync(new Uri("/account/logout", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/markets", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task PostLogin_RightPassword_RedirectsHomeWithAHardenedCookie()
    {
        using var client = Server.CreateClient();

        using var response = await HttpSignIn.PostLoginAsync(client, DashboardServer.AdminUserName, DashboardServer.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", HttpSignIn.RedirectPath(response));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("td.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/markets?account=1", "/markets?account=1")]
    [InlineData("https://evil.example/phish", "/")]
    [InlineData("//evil.example/phish", "/")]
    public async Task PostLogin_ReturnUrl_OnlyLocalOnesAreFollowed(string returnUrl, string expected)
    {
        using var client = Server.CreateClient();

        using var response = await HttpSignIn.PostLoginAsync(client, DashboardServer.AdminUserName, DashboardServer.AdminPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, HttpSignIn.RedirectPath(response));
    }

    [Fact]
    public async Task PostLogin_WrongPasswordOrUnknownUser_SameMessageAndNoCookie()
    {
        var user = SecuredDashboardFixture.NewUserName("wrong");
        await Server.CreateUserAsync(user);
        using var client = Server.CreateClient();

        using var wrongPassword = await HttpSignIn.PostLoginAsync(client, user, "Not-The-Passw0rd");
        using var unknownUser = await HttpSignIn.PostLoginAsync(client, "nobody-" + user, "Not-The-Passw0rd");

        foreach (var response in new[] { wrongPassword, unknownUser })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Invalid user name or password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("td.auth", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task PostLogin_FiveWrongPasswords_LocksTheAccountEvenAgainstTheRightOne()
    {
        var user = SecuredDashboardFixture.NewUserName("lock");
        var password = await Server.CreateUserAsync(user);
        using var client = Server.CreateClient();

        var answers = new List<string>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await HttpSignIn.PostLoginAsync(client, user, "Wrong-Passw0rd-" + attempt);
            answers.Add(await wrong.Content.ReadAsStringAsync());
        }

        using var right = await HttpSignIn.PostLoginAsync(client, user, password);
        var html = await right.Content.ReadAsStringAsync();

        Assert.All(answers.Take(4), a => Assert.Contains("Invalid user name or password.", a, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Matches(@"Account locked until \d{2}:\d{2} UTC after too many failed attempts\.", html);
        Assert.DoesNotContain(password, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetUnknownPath_SignedIn_ShowsTheNotFoundPage()
    {
        using var client = await Server.CreateSignedInClientAsync(DashboardServer.AdminUserName, DashboardServer.AdminPassword);

        using var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This page does not exist.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }
}
