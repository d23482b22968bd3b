using System.Net;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Security;

/// <summary>Temporary passwords: every page leads to the password page until the user chose their own.</summary>
public sealed class PasswordChangeTests(SecuredDashboardFixture fixture) : IClassFixture<SecuredDashboardFixture>
{
    private DashboardServer Server => fixture.Server;

    [Fact]
    public async Task SignIn_TemporaryPassword_GoesToThePasswordPageAndOtherPagesRedirectThere()
    {
        var user = SecuredDashboardFixture.NewUserName("temp");
        var password = await Server.CreateUserAsync(user, mustChangePassword: true);
        using var client = Server.CreateClient();

        using var signIn = await HttpSignIn.PostLoginAsync(client, user, password, "/markets");
        using var markets = await client.GetAsync(new Uri("/markets", UriKind.Relative));
        using var passwordPage = await client.GetAsync(new Uri("/account/password", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/account/password", HttpSignIn.RedirectPath(signIn), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, markets.StatusCode);
        Assert.StartsWith("/account/password", HttpSignIn.RedirectPath(markets), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"must-change-password\"", await passwordPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_TemporaryPassword_UnlocksThePagesAndTheNewPasswordSignsIn()
    {
        var user = SecuredDashboardFixture.NewUserName("temp");
        var password = await Server.CreateUserAsync(user, mustChangePassword: true);
        using var client = Server.CreateClient();
        using (await HttpSignIn.PostLoginAsync(client, user, password))
        {
        }

        using var change = await PostChangeAsync(client, password, "My-Own-Passw0rd!", "/markets");
        using var markets = await client.GetAsync(new Uri("/markets", UriKind.Relative));
        using var fresh = Server.CreateClient();
        using var withNew = await HttpSignIn.PostLoginAsync(fresh, user, "My-Own-Passw0rd!");
        using var other = Server.CreateClient();
        using var withOld = await HttpSignIn.PostLoginAsync(other, user, password);

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal("/markets", HttpSignIn.RedirectPath(change));
        Assert.Equal(HttpStatusCode.OK, markets.StatusCode);
        Assert.Equal("/", HttpSignIn.RedirectPath(withNew));
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentOrWeakNew_ShowsTheReasonAndKeepsTheOldPassword()
    {
        var user = SecuredDashboardFixture.NewUserName("pw");
        var password = await Server.CreateUserAsync(user);
        using var client = await Server.CreateSignedInClientAsync(user, password);

        using var wrongCurrent = await PostChangeAsync(client, "Not-Current-1a", "Another-Passw0rd");
        using var weak = await PostChangeAsync(client, password, "alllowercase");

        Assert.Contains("The current password is wrong.", await wrongCurrent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("uppercase", await weak.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        using var other = Server.CreateClient();
        using var again = await HttpSignIn.PostLoginAsync(other, user, password);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_FiveWrongCurrentPasswords_LocksTheUserAndEndsTheSession()
    {
        var user = SecuredDashboardFixture.NewUserName("guess");
        var password = await Server.CreateUserAsync(user);
        using var client = await Server.CreateSignedInClientAsync(user, password);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var guess = await PostChangeAsync(client, $"Guess-Number-{attempt}", "Another-Passw0rd");
        }

        using var markets = await client.GetAsync(new Uri("/markets", UriKind.Relative));
        using var other = Server.CreateClient();
        using var withRight = await HttpSignIn.PostLoginAsync(other, user, password);

        Assert.Equal(HttpStatusCode.Redirect, markets.StatusCode);
        Assert.StartsWith("/account/login", HttpSignIn.RedirectPath(markets), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withRight.StatusCode);
        Assert.Contains("locked", await withRight.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<HttpResponseMessage> PostChangeAsync(HttpClient client, string current, string next, string? returnUrl = null)
    {
        var path = returnUrl is null ? "/account/password" : $"/account/password?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var token = await HttpSignIn.ReadAntiforgeryTokenAsync(client, path);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            [HttpSignIn.TokenField] = token,
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

}
