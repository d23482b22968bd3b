namespace TradingDashboard.Core.Access;

/// <summary>Why <see cref="IAccountAccess"/> refused a call.</summary>
public enum AccessDeniedReason
{
    /// <summary>The function is for admins only.</summary>
    NotAdmin,

    /// <summary>The account exists but is not assigned to the caller.</summary>
    NotAssigned,

    /// <summary>No account has that id.</summary>
    AccountNotFound,

    /// <summary>The account is deactivated: nobody views or trades it until an admin reactivates it.</summary>
    AccountInactive,
}
