using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TradingDashboard.Security.Identity;

namespace TradingDashboard.Security.Authentication;

/// <summary>Identity's principal (id, name, roles, security stamp) plus the "must change password" flag.</summary>
internal sealed class DashboardClaimsPrincipalFactory(UserManager<DashboardUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<DashboardUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(DashboardUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(DashboardClaimTypes.MustChangePassword, "true"));
        }

        return identity;
    }
}
