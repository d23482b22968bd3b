using TradingDashboard.Security.Authentication;
using TradingDashboard.Security.Http;

namespace TradingDashboard.Security;

public static class SecurityApplicationBuilderExtensions
{
    /// <summary>
    /// Security headers, the hub origin check (before authentication), authentication,
    /// authorization and the "change your temporary password first" redirect, in that order.
    /// </summary>
    public static IApplicationBuilder UseDashboardSecurity(this IApplicationBuilder app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<HubOriginMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<PasswordChangeRequiredMiddleware>();
        return app;
    }
}
