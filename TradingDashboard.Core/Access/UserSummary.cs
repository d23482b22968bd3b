namespace TradingDashboard.Core.Access;

/// <summary>A user as listed for admins.</summary>
public sealed record UserSummary(string UserId, string UserName, string? Email, IReadOnlyList<string> Roles, bool IsLockedOut)
{
    public bool IsAdmin => Roles.Contains(Access.Roles.Admin);
}
