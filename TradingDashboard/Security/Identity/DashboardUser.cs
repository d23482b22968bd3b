using Microsoft.AspNetCore.Identity;

namespace TradingDashboard.Security.Identity;

/// <summary>A dashboard user: an Identity user that may be required to change a temporary password.</summary>
public sealed class DashboardUser : IdentityUser
{
    /// <summary>Set for generated and admin-assigned passwords: every page redirects to <c>/account/password</c> until changed.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
