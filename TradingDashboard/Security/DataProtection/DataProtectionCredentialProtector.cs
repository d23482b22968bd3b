using Microsoft.AspNetCore.DataProtection;
using TradingDashboard.Core.Accounts.Credentials;

namespace TradingDashboard.Security.DataProtection;

/// <summary>Broker credentials encrypted with the dashboard's Data Protection key ring (kept in the database, encrypted under the master key).</summary>
internal sealed class DataProtectionCredentialProtector(IDataProtectionProvider provider) : ICredentialProtector
{
    public const string Purpose = "TradingDashboard.Accounts.Credentials.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string ciphertext) => _protector.Unprotect(ciphertext);
}
