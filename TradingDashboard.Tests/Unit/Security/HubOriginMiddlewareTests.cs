using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TradingDashboard.Security;
using TradingDashboard.Security.Http;

namespace TradingDashboard.Tests.Unit.Security;

public sealed class HubOriginMiddlewareTests
{
    [Theory]
    [InlineData("/_blazor/negotiate", "https://dash.example", StatusCodes.Status200OK)]
    [InlineData("/_blazor", "https://dash.example", StatusCodes.Status200OK)]
    [InlineData("/_blazor/disconnect", "https://evil.example", StatusCodes.Status403Forbidden)]
    [InlineData("/_blazor", "http://dash.example", StatusCodes.Status403Forbidden)]
    [InlineData("/_blazor/negotiate", "https://proxy.example", StatusCodes.Status200OK)]
    [InlineData("/_blazor/negotiate", "null", StatusCodes.Status403Forbidden)]
    [InlineData("/_blazor/negotiate", null, StatusCodes.Status200OK)]
    [InlineData("/markets", "https://evil.example", StatusCodes.Status200OK)]
    public async Task Invoke_HubRequests_OnlyOwnOrConfiguredOrigins(string path, string? origin, int expected)
    {
        var options = new SecurityOptions();
        options.AllowedOrigins.Add("https://proxy.example/");
        var middleware = new HubOriginMiddleware(_ => Task.CompletedTask, Options.Create(options), NullLogger<HubOriginMiddleware>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("dash.example");
        context.Request.Path = path;
        if (origin is not null)
        {
            context.Request.Headers.Origin = origin;
        }

        await middleware.InvokeAsync(context);

        Assert.Equal(expected, context.Response.StatusCode);
    }
}
