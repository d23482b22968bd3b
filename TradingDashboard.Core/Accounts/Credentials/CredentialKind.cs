namespace TradingDashboard.Core.Accounts.Credentials;

/// <summary>Which secret: MT5 uses a password, cTrader OAuth tokens.</summary>
public enum CredentialKind
{
    Password,
    AccessToken,
    RefreshToken,
}
