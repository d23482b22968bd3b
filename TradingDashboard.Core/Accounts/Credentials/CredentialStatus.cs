namespace TradingDashboard.Core.Accounts.Credentials;

/// <summary>What the UI may know about a stored secret: that it exists, and since when.</summary>
public sealed record CredentialStatus(CredentialKind Kind, DateTimeOffset UpdatedAt, string UpdatedBy);
