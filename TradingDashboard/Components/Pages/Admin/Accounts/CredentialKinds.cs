using TradingDashboard.Core.Accounts.Credentials;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Components.Pages.Admin.Accounts;

/// <summary>Which secrets a platform's connector needs, and what they are called on screen.</summary>
public static class CredentialKinds
{
    private static readonly CredentialKind[] Mt5 = [CredentialKind.Password];
    private static readonly CredentialKind[] CTrader = [CredentialKind.AccessToken, CredentialKind.RefreshToken];

    public static IReadOnlyList<CredentialKind> For(Platform platform) => platform == Platform.CTrader ? CTrader : Mt5;

    public static string Label(CredentialKind kind) => kind switch
    {
        CredentialKind.Password => "Password",
        CredentialKind.AccessToken => "Access token",
        CredentialKind.RefreshToken => "Refresh token",
        _ => kind.ToString(),
    };

    /// <summary>"Set", "1 of 2 set" or "Not set" for the platform's secrets.</summary>
    public static string Summary(Platform platform, IReadOnlyCollection<CredentialStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var needed = For(platform);
        var set = needed.Count(kind => statuses.Any(s => s.Kind == kind));
        return set == needed.Count ? "Set" : set == 0 ? "Not set" : $"{set} of {needed.Count} set";
    }
}
