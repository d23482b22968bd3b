using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events.Validation;

namespace TradingDashboard.Core.Accounts;

/// <summary>
/// Resolves an envelope's account in the documented order: <c>internal_account_id</c>, then
/// legacy <c>account_id</c> as a UUID, then broker logins through the account map. Only
/// active accounts resolve.
/// </summary>
public sealed class AccountResolver(IAccountDirectory directory)
{
    public Account? Resolve(Platform platform, AccountReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (Active(reference.InternalAccountId) is { } byInternalId)
        {
            return byInternalId;
        }

        if (Active(reference.LegacyAccountGuid) is { } byLegacyId)
        {
            return byLegacyId;
        }

        foreach (var login in reference.BrokerLogins)
        {
            if (directory.FindByLogin(platform, login) is { } byLogin)
            {
                return byLogin;
            }
        }

        return null;
    }

    private Account? Active(Guid? id) =>
        id is { } value && directory.Find(value) is { IsActive: true } account ? account : null;
}
