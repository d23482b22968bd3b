using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Persistence;

namespace TradingDashboard.Core.Accounts.Credentials;

/// <summary>Reads a stored secret and decrypts it for a connector.</summary>
internal sealed class CredentialVault(IDbContextFactory<DashboardDbContext> contexts, ICredentialProtector protector) : ICredentialVault
{
    public async Task<string?> RevealAsync(Guid accountId, CredentialKind kind, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var ciphertext = await db.AccountCredentials.AsNoTracking()
            .Where(c => c.AccountId == accountId && c.Kind == kind)
            .Select(c => c.Ciphertext)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return ciphertext is null ? null : protector.Unprotect(ciphertext);
    }
}
