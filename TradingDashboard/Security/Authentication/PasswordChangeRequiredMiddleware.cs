using Microsoft.AspNetCore.Authorization;

namespace TradingDashboard.Security.Authentication;

/// <summary>
/// A user holding a temporary password reaches nothing but the account pages (and anonymous
/// endpoints such as static assets) until they change it.
/// </summary>
internal sealed class PasswordChangeRequiredMiddleware(RequestDelegate next)
{
    public const string PasswordPath = "/account/password";

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.User.HasClaim(DashboardClaimTypes.MustChangePassword, "true") || IsExempt(context))
        {
            return next(context);
        }

        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{context.Request.PathBase}{PasswordPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Task.CompletedTask;
    }

    private static bool IsExempt(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)
        || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
