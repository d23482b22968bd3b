namespace TradingDashboard.Core.Accounts.Administration;

/// <summary>The audit actions the account administration writes (subject type <see cref="SubjectType"/>).</summary>
public static class AccountAuditActions
{
    public const string SubjectType = "account";
    public const string Created = "account.created";
    public const string Updated = "account.updated";
    public const string Activated = "account.activated";
    public const string Deactivated = "account.deactivated";
    public const string AccessGranted = "account.access_granted";
    public const string AccessRevoked = "account.access_revoked";
    public const string CredentialSet = "account.credential_set";
    public const string CredentialCleared = "account.credential_cleared";
    public const string ConnectionTested = "account.connection_tested";

    /// <summary>What the audit trail shows instead of a secret.</summary>
    public const string SecretSet = "(set)";
    public const string SecretReplaced = "(replaced)";
    public const string SecretCleared = "(cleared)";
}
