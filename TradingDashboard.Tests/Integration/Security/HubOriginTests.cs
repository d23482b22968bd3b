using System.Net;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Security;

/// <summary>The Blazor hub refuses other origins before authentication (cross-site WebSocket hijacking).</summary>
public sealed class HubOriginTests(SecuredDashboardFixture fixture) : IClassFixture<SecuredDashboardFixture>
{
    private static readonly Uri Negotiate = new("/_blazor/negotiate?negotiateVersion=1", UriKind.Relative);

    [Fact]
    public async Task Negotiate_CrossOriginWithValidCookie_Returns403()
    {
        using var client = await fixture.Server.CreateSignedInClientAsync(DashboardServer.AdminUserName, DashboardServer.AdminPassword);

        using var response = await PostNegotiateAsync(client, "http://evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Negotiate_SameOrigin_IsNotRefused()
    {
        using var client = await fixture.Server.CreateSignedInClientAsync(DashboardServer.AdminUserName, DashboardServer.AdminPassword);
        var origin = fixture.Server.BaseAddress.GetLeftPart(UriPartial.Authority);

        using var response = await PostNegotiateAsync(client, origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("connectionToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Negotiate_SameOriginAnonymous_NeedsSignInNot403()
    {
        using var client = fixture.Server.CreateClient();

        using var response = await PostNegotiateAsync(client, fixture.Server.BaseAddress.GetLeftPart(UriPartial.Authority));

        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Negotiate_OriginDifferingOnlyInPort_Returns403()
    {
        using var client = await fixture.Server.CreateSignedInClientAsync(DashboardServer.AdminUserName, DashboardServer.AdminPassword);

        using var response = await PostNegotiateAsync(client, $"http://127.0.0.1:{fixture.Server.BaseAddress.Port + 1}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostNegotiateAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Negotiate) { Content = new StringContent(string.Empty) };
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }
}
