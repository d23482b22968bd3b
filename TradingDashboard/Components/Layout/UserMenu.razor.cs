using System.Security.Claims;
using Radzen;
using TradingDashboard.Core.Access;

namespace TradingDashboard.Components.Layout;

/// <summary>Header: who is signed in, their role, and links to change the password or sign out.</summary>
public sealed partial class UserMenu
{
    /// <summary>"Admin" or "Trader", as the badge reads.</summary>
    public static string RoleName(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Admin) ? Roles.Admin : Roles.Trader;
    }

    private static BadgeStyle RoleStyle(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) ? BadgeStyle.Warning : BadgeStyle.Info;
}
