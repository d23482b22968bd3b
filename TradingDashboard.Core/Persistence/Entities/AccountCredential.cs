using TradingDashboard.Core.Accounts.Credentials;

namespace TradingDashboard.Core.Persistence.Entities;

/// <summary>A broker secret of an account, encrypted by <see cref="ICredentialProtector"/>; the plaintext is never stored.</summary>
public sealed class AccountCredential
{
    public Guid AccountId { get; set; }
    public CredentialKind Kind { get; set; }
    public required string Ciphertext { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
