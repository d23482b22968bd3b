namespace TradingDashboard.Security.DataProtection;

/// <summary>One element of the Data Protection key ring, stored encrypted under the master key.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = string.Empty;
}
