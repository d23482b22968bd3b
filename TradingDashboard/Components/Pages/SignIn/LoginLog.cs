namespace TradingDashboard.Components.Pages.SignIn;

/// <summary>Sign-in outcomes for the log: the user name only, never a password.</summary>
internal static partial class LoginLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{UserName} signed in")]
    public static partial void SignedIn(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in as {UserName} refused: invalid user name or password")]
    public static partial void Failed(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in as {UserName} refused: locked out")]
    public static partial void LockedOut(ILogger logger, string userName);
}
