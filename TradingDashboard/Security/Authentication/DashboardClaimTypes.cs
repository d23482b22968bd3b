namespace TradingDashboard.Security.Authentication;

/// <summary>Claims the dashboard adds to the Identity cookie.</summary>
public static class DashboardClaimTypes
{
    /// <summary>Present (value <c>true</c>) while the user must replace a temporary password.</summary>
    public const string MustChangePassword = "td:must_change_password";
}
