using Microsoft.Extensions.Options;

namespace TradingDashboard.Security.Http;

/// <summary>
/// Refuses Blazor hub requests (<c>/_blazor</c>: negotiate, WebSocket upgrade, disconnect) from
/// another origin before authentication runs, so a foreign page cannot drive a user's circuit
/// with their cookie. Same-origin and configured origins pass; requests without an
/// <c>Origin</c> header (not sent by browsers for these cross-origin calls) pass too.
/// </summary>
internal sealed partial class HubOriginMiddleware(RequestDelegate next, IOptions<SecurityOptions> options, ILogger<HubOriginMiddleware> logger)
{
    public static readonly PathString HubPath = "/_blazor";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(HubPath) || !context.Request.Headers.TryGetValue("Origin", out var origins) || IsAllowed(context.Request, origins.ToString()))
        {
            await next(context);
            return;
        }

        LogRefused(context.Request.Path, origins.ToString());
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync("Cross-origin requests to the dashboard's hub are not allowed.", context.RequestAborted);
    }

    private bool IsAllowed(HttpRequest request, string origin)
    {
        var own = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || options.Value.AllowedOrigins.Any(allowed => string.Equals(origin, allowed.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a cross-origin hub request to {Path} from {Origin}")]
    private partial void LogRefused(PathString path, string origin);
}
