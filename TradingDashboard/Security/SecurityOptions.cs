namespace TradingDashboard.Security;

/// <summary>Sign-in and key protection settings (<c>Security</c>).</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Base64 of 32 random bytes that encrypts the Data Protection key ring at rest; wins over <see cref="MasterKeyFile"/>.</summary>
    public string? MasterKey { get; set; }

    /// <summary>Holds the master key when <see cref="MasterKey"/> is not set; created (mode 0600) on first start.</summary>
    public string MasterKeyFile { get; set; } = "tradingdashboard.key";

    /// <summary>Origins besides the request's own that may open the Blazor hub (e.g. behind a proxy rewriting the host).</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>The first admin, when none exists yet.</summary>
    public AdminAccountOptions Admin { get; set; } = new();
}
