using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Accounts;

/// <summary>The account registry as the rest of Core reads it: an in-memory copy of the database, reloaded on change.</summary>
public interface IAccountDirectory
{
    IReadOnlyList<Account> All { get; }

    Account? Find(Guid accountId);

    /// <summary>An active account by platform and broker login.</summary>
    Account? FindByLogin(Platform platform, string brokerLogin);

    /// <summary>Re-reads the registry from the database.</summary>
    Task ReloadAsync(CancellationToken cancellationToken);

    /// <summary>Raised after every reload.</summary>
    event Action? Changed;
}
