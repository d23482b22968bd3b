using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Accounts;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence;

namespace TradingDashboard.Core.Access;

/// <summary>
/// The access policy over the account directory and an immutable snapshot of the assignments,
/// swapped atomically on reload, so every check is a dictionary lookup without the database.
/// </summary>
internal sealed partial class AccountAccess : IAccountAccess, IDisposable
{
    private static readonly FrozenSet<string> NoUsers = FrozenSet<string>.Empty;
    private readonly IDbContextFactory<DashboardDbContext> _contexts;
    private readonly IAccountDirectory _directory;
    private readonly ILogger<AccountAccess> _logger;

    // Read and swap under one lock: a reload that read before a commit must not swap in after the reload that read it.
    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile FrozenDictionary<Guid, FrozenSet<string>> _assignments = FrozenDictionary<Guid, FrozenSet<string>>.Empty;

    public AccountAccess(IDbContextFactory<DashboardDbContext> contexts, IAccountDirectory directory, ILogger<AccountAccess> logger)
    {
        _contexts = contexts;
        _directory = directory;
        _logger = logger;
        _directory.Changed += OnDirectoryChanged;
    }

    public event Action? Changed;

    public bool CanAccess(AccessUser user, Guid accountId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return _directory.Find(accountId) is { IsActive: true } && (user.IsAdmin || IsAssigned(user, accountId));
    }

    public IReadOnlyList<Account> VisibleAccounts(AccessUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return [.. _directory.All.Where(a => a.IsActive && (user.IsAdmin || IsAssigned(user, a.Id)))];
    }

    public Account Demand(AccessUser user, Guid accountId, string operation)
    {
        ArgumentNullException.ThrowIfNull(user);
        var account = _directory.Find(accountId);
        if (account is null)
        {
            throw Refuse(user, accountId, operation, AccessDeniedReason.AccountNotFound, "That account does not exist.");
        }

        // An unassigned user learns neither the name nor the state of someone else's account.
        if (!user.IsAdmin && !IsAssigned(user, accountId))
        {
            throw Refuse(user, accountId, operation, AccessDeniedReason.NotAssigned, "You do not have access to this account.");
        }

        if (!account.IsActive)
        {
            throw Refuse(user, accountId, operation, AccessDeniedReason.AccountInactive, $"Account '{account.DisplayName}' is deactivated.");
        }

        return account;
    }

    public void DemandAdmin(AccessUser user, string operation)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAdmin)
        {
            throw Refuse(user, null, operation, AccessDeniedReason.NotAdmin, "Only administrators can do this.");
        }
    }

    public IReadOnlyCollection<string> AssignedUsers(Guid accountId) => _assignments.GetValueOrDefault(accountId, NoUsers);

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await _reload.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var rows = await db.AccountAccess.AsNoTracking()
                .Select(g => new { g.AccountId, g.UserId })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            _assignments = rows
                .GroupBy(r => r.AccountId)
                .ToFrozenDictionary(g => g.Key, g => g.Select(r => r.UserId).ToFrozenSet(StringComparer.Ordinal));
        }
        finally
        {
            _reload.Release();
        }

        RaiseChanged();
    }

    public void Dispose()
    {
        _directory.Changed -= OnDirectoryChanged;
        _reload.Dispose();
    }

    private bool IsAssigned(AccessUser user, Guid accountId) =>
        _assignments.TryGetValue(accountId, out var users) && users.Contains(user.UserId);

    private void OnDirectoryChanged() => RaiseChanged();

    // Each listener is an open view: one that throws must neither starve the others nor fail the admin's committed change.
    private void RaiseChanged()
    {
        if (Changed is not { } handlers)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<Action>())
        {
            try
            {
                handler();
            }
            catch (Exception ex)
            {
                LogListenerFailed(ex);
            }
        }
    }

    private AccessDeniedException Refuse(AccessUser user, Guid? accountId, string operation, AccessDeniedReason reason, string message)
    {
        LogRefused(user.UserId, user.UserName, accountId, operation, reason);
        return new AccessDeniedException(reason, message);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An access-change listener failed; the others were still notified")]
    private partial void LogListenerFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access denied: user {UserId} ({UserName}) on account {AccountId}, operation {Operation}: {Reason}")]
    private partial void LogRefused(string userId, string userName, Guid? accountId, string operation, AccessDeniedReason reason);
}
