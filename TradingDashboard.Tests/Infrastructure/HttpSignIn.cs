using System.Net;
using AngleSharp.Html.Parser;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>The login form over HTTP: read the antiforgery token from a page, post the credentials, keep the cookies.</summary>
public static class HttpSignIn
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>GETs <paramref name="path"/> and returns the antiforgery token of its first form.</summary>
    public static async Task<string> ReadAntiforgeryTokenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelector($"input[name={TokenField}]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} without an antiforgery token.");
    }

    /// <summary>Posts the login form with a fresh token; the response is the server's answer (302 on success).</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password, string? returnUrl = null)
    {
        var path = returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var token = await ReadAntiforgeryTokenAsync(client, path);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            [TokenField] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    /// <summary>The path and query a redirect points to (the app answers with absolute URLs).</summary>
    public static string RedirectPath(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location ?? throw new InvalidOperationException($"Not a redirect: {(int)response.StatusCode}.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>Signs in or throws with the page's answer.</summary>
    public static async Task SignInAsync(HttpClient client, string userName, string password)
    {
        using var response = await PostLoginAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect || RedirectPath(response).StartsWith("/account/login", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Sign-in as {userName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
