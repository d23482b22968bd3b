using System.Net;

namespace TradingDashboard.Security.Http;

/// <summary>
/// Keeps an endpoint group to callers on this machine. The bridge simulator embedded in the
/// dashboard holds every account's data; only the dashboard itself ("Test connection") calls it.
/// </summary>
internal static class LoopbackOnlyFilter
{
    public static ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var remote = context.HttpContext.Connection.RemoteIpAddress;
        if (remote is not null && IPAddress.IsLoopback(remote))
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "The embedded bridge simulator answers this machine only."));
    }
}
