namespace TradingDashboard.Security.Users;

/// <summary>Audit trail actions of user administration (subject type <see cref="SubjectType"/>).</summary>
public static class UserAuditActions
{
    public const string SubjectType = "user";
    public const string Created = "user.created";
    public const string RoleChanged = "user.role_changed";
    public const string Locked = "user.locked";
    public const string Unlocked = "user.unlocked";
    public const string PasswordReset = "user.password_reset";
    public const string Deleted = "user.deleted";
}
