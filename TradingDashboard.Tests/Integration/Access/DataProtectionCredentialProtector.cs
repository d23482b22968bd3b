using Microsoft.AspNetCore.DataProtection;
using TradingDashboard.Core.Accounts.Credentials;

namespace TradingDashboard.Tests.Integration.Access;

/// <summary>Real ASP.NET Core Data Protection with a key ring in a folder, as the web app encrypts secrets.</summary>
public sealed class DataProtectionCredentialProtector(DirectoryInfo keys) : ICredentialProtector
{
    private readonly IDataProtector _protector = DataProtectionProvider.Create(keys).CreateProtector("TradingDashboard.Tests.Credentials");

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string ciphertext) => _protector.Unprotect(ciphertext);
}
