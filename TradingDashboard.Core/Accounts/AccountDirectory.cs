using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence;

namespace TradingDashboard.Core.Accounts;

/// <summary>
/// Immutable in-memory snapshot of the accounts table, swapped atomically on reload, so the
/// consumer resolves accounts without touching the database.
/// </summary>
internal sealed class AccountDirectory(IDbContextFactory<DashboardDbContext> contexts) : IAccountDirectory, IDisposable
{
    // Read and swap under one lock: a reload that read before a commit must not swap in after the reload that read it.
    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Snapshot _snapshot = Snapshot.Empty;

    public event Action? Changed;

    public IReadOnlyList<Account> All => _snapshot.Accounts;

    public Account? Find(Guid accountId) => _snapshot.ById.GetValueOrDefault(accountId);

    public Account? FindByLogin(Platform platform, string brokerLogin) =>
        _snapshot.ByLogin.GetValueOrDefault((platform, brokerLogin));

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await _reload.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var accounts = await db.Accounts.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            _snapshot = new Snapshot(
                [.. accounts.OrderBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase)],
                accounts.ToFrozenDictionary(a => a.Id),
                accounts.Where(a => a.IsActive).ToFrozenDictionary(a => (a.Platform, a.BrokerLogin)));
        }
        finally
        {
            _reload.Release();
        }

        Changed?.Invoke();
    }

    public void Dispose() => _reload.Dispose();

    private sealed record Snapshot(
        IReadOnlyList<Account> Accounts,
        FrozenDictionary<Guid, Account> ById,
        FrozenDictionary<(Platform, string), Account> ByLogin)
    {
        public static Snapshot Empty { get; } = new([], FrozenDictionary<Guid, Account>.Empty, FrozenDictionary<(Platform, string), Account>.Empty);
    }
}
