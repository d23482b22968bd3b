using System.Security.Claims;

namespace TradingDashboard.Core.Access;

/// <summary>
/// Who is calling a Core service. Every service method that takes an account id takes one of
/// these too and checks it through <see cref="IAccountAccess"/>, so access holds below the UI.
/// </summary>
/// <param name="UserId">The identity user id (or <c>system</c> for background work).</param>
/// <param name="UserName">For logs and the audit trail.</param>
/// <param name="IsAdmin">Member of <see cref="Roles.Admin"/>.</param>
public sealed record AccessUser(string UserId, string UserName, bool IsAdmin)
{
    /// <summary>Background services acting for the platform itself (sync, reconciliation).</summary>
    public static AccessUser System { get; } = new("system", "system", true);

    /// <summary>The signed-in user of a principal, or <see langword="null"/> when it is anonymous.</summary>
    public static AccessUser? FromPrincipal(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        return new AccessUser(id, principal.Identity.Name ?? id, principal.IsInRole(Roles.Admin));
    }
}
