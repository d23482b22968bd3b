namespace TradingDashboard.Security;

/// <summary>
/// The first admin (<c>Security:Admin</c>). With both values set it is created with that
/// password; otherwise <c>admin</c> gets a generated one, printed once, that must be changed.
/// </summary>
public sealed class AdminAccountOptions
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// Recovery for a lost admin password: with <see cref="UserName"/> and <see cref="Password"/>
    /// set, that existing user gets this password, is unlocked and made an admin on start. Remove
    /// the setting once signed in.
    /// </summary>
    public bool ResetPassword { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(UserName) && !string.IsNullOrEmpty(Password);
}
