namespace TradingDashboard.Core.Accounts.Credentials;

/// <summary>Encrypts broker secrets for storage (ASP.NET Core Data Protection in the web app).</summary>
public interface ICredentialProtector
{
    string Protect(string plaintext);

    /// <exception cref="System.Security.Cryptography.CryptographicException">The ciphertext was not made by this key ring.</exception>
    string Unprotect(string ciphertext);
}
