namespace TradingDashboard.Core.Accounts.Credentials;

/// <summary>
/// Reads a stored broker secret back for a connector. Never for display: the UI only ever
/// learns whether a secret is set and when it changed.
/// </summary>
internal interface ICredentialVault
{
    /// <returns>The plaintext, or <see langword="null"/> when none is stored.</returns>
    Task<string?> RevealAsync(Guid accountId, CredentialKind kind, CancellationToken cancellationToken);
}
