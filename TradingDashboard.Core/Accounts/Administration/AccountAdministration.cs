using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts.Credentials;
using TradingDashboard.Core.Audit;
using TradingDashboard.Core.Connectors.Mt5Bridge;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Accounts.Administration;

/// <summary>
/// The admin's account registry. Each change and its audit entries are saved by one
/// <c>SaveChanges</c> (one transaction); the directory or the access snapshot reloads after the
/// commit, so the consumer's login resolution and open views follow without a restart.
/// </summary>
internal sealed partial class AccountAdministration(
    IDbContextFactory<DashboardDbContext> contexts,
    IAccountDirectory directory,
    IAccountAccess access,
    IUserDirectory users,
    ICredentialProtector protector,
    Mt5BridgeClient bridge,
    TimeProvider time,
    ILogger<AccountAdministration> logger) : IAccountAdministration
{
    public const int MaxSecretLength = 4096;
    private const string NotFoundMessage = "That account does not exist.";
    private static readonly IReadOnlyDictionary<string, string> NoErrors = FrozenDictionary<string, string>.Empty;

    public async Task<IReadOnlyList<AccountDetails>> ListAsync(AccessUser admin, CancellationToken cancellationToken)
    {
        access.DemandAdmin(admin, "accounts.list");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var accounts = await db.Accounts.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var grants = (await db.AccountAccess.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(g => g.AccountId);
        var credentials = (await db.AccountCredentials.AsNoTracking()
            .Select(c => new { c.AccountId, Status = new CredentialStatus(c.Kind, c.UpdatedAt, c.UpdatedBy) })
            .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(c => c.AccountId, c => c.Status);
        return [.. accounts
            .OrderBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(a => Details(a, grants[a.Id], credentials[a.Id]))];
    }

    public async Task<AccountDetails?> GetAsync(AccessUser admin, Guid accountId, CancellationToken cancellationToken)
    {
        access.DemandAdmin(admin, "accounts.get");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken).ConfigureAwait(false);
        return account is null ? null : await LoadDetailsAsync(db, account, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AccountChangeResult> CreateAsync(AccessUser admin, AccountDraft draft, CancellationToken cancellationToken)
    {
        access.DemandAdmin(admin, "accounts.create");
        var (clean, errors) = AccountDraftValidator.Validate(draft);
        if (errors.Count > 0)
        {
            return Failed(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await AddDuplicateErrorsAsync(db, clean, existingId: null, errors, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return Failed(errors);
        }

        var now = time.GetUtcNow();
        var account = new Account
        {
            Id = clean.Id == Guid.Empty ? Guid.NewGuid() : clean.Id,
            DisplayName = clean.DisplayName,
            Platform = clean.Platform,
            BrokerLogin = clean.BrokerLogin,
            Server = clean.Server,
            Broker = clean.Broker,
            FundType = clean.FundType,
            Currency = clean.Currency,
            IsActive = clean.IsActive,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Accounts.Add(account);
        AddAudit(db, now, admin, AccountAuditActions.Created, account, AccountFieldChanges.Between(null, account));
        if (!await TrySaveAsync(db, cancellationToken).ConfigureAwait(false))
        {
            return await ConcurrentDuplicateAsync(clean, existingId: null, cancellationToken).ConfigureAwait(false);
        }

        await directory.ReloadAsync(CancellationToken.None).ConfigureAwait(false);
        LogChanged(AccountAuditActions.Created, account.Id, admin.UserId);
        return Succeeded(await LoadDetailsAsync(db, account, cancellationToken).ConfigureAwait(false));
    }

    public async Task<AccountChangeResult> UpdateAsync(AccessUser admin, Guid accountId, AccountDraft draft, CancellationToken cancellationToken)
    {
        access.DemandAdmin(admin, "accounts.update");
        var (clean, errors) = AccountDraftValidator.Validate(draft);
        if (clean.Id != Guid.Empty && clean.Id != accountId)
        {
            errors.TryAdd(nameof(AccountDraft.Id), "An account's id cannot change.");
        }

        if (errors.Count > 0)
        {
            return Failed(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await FindAsync(db, accountId, cancellationToken).ConfigureAwait(false) is not { } account)
        {
            return Failed(string.Empty, NotFoundMessage);
        }

        await AddDuplicateErrorsAsync(db, clean, accountId, errors, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return Failed(errors);
        }

        var before = AccountFieldChanges.Snapshot(account);
        account.DisplayName = clean.DisplayName;
        account.Platform = clean.Platform;
        account.BrokerLogin = clean.BrokerLogin;
        account.Server = clean.Server;
        account.Broker = clean.Broker;
        account.FundType = clean.FundType;
        account.Currency = clean.Currency;
        account.IsActive = clean.IsActive;
        var changes = AccountFieldChanges.Between(before, account);
        if (changes.Count == 0)
        {
            return Succeeded(await LoadDetailsAsync(db, account, cancellationToken).ConfigureAwait(false));
        }

        var now = time.GetUtcNow();
        account.UpdatedAt = now;
        AddAudit(db, now, admin, AccountAuditActions.Updated, account, changes);
        if (!await TrySaveAsync(db, cancellationToken).ConfigureAwait(false))
        {
            return await ConcurrentDuplicateAsync(clean, accountId, cancellationToken).ConfigureAwait(false);
        }

        await directory.ReloadAsync(CancellationToken.None).ConfigureAwait(false);
        LogChanged(AccountAuditActions.Updated, account.Id, admin.UserId);
        return Succeeded(await LoadDetailsAsync(db, account, cancellationToken).ConfigureAwait(false));
    }

    public async Task<AccountChangeResult> SetActiveAsync(AccessUser admin, Guid accountId, bool active, CancellationToken cancellationToken)
    {
        access.DemandAdmin(admin, "accounts.set_active");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await FindAsync(db, accountId, cancellationToken).ConfigureAwait(false) is not { } account)
        {
            return Failed(string.Empty, NotFoundMessage);
        }

        if (account.IsActive != active)
        {
            var before = AccountFieldChanges.Snapshot(account);
            var now = time.GetUtcNow();
            account.IsActive = active;
            account.UpdatedAt = now;
            var action = active ? AccountAuditActions.Activated : AccountAuditActions.Deactivated;
            AddAudit(db, now, admin, action, account, AccountFieldChanges.Between(before, account));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await directory.ReloadAsync(CancellationToken.None).ConfigureAwait(false);
            LogChanged(action, account.Id, admin.UserId);
        }

        return Succeeded(await LoadDetailsAsync(db, account, cancellationToken).ConfigureAwait(false));
    }

    public async Task<AccountChangeResult> SetAssignmentsAsync(AccessUser admin, Guid accountId, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        access.DemandAdmin(admin, "accounts.assign");
        ArgumentNullException.ThrowIfNull(userIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await FindAsync(db, accountId, cancellationToken).ConfigureAwait(false) is not { } account)
        {
            return Failed(string.Empty, NotFoundMessage);
        }

        var known = (await users.ListAsync(admin, cancellationToken).ConfigureAwait(false)).ToDictionary(u => u.UserId, StringComparer.Ordinal);
        var wanted = userIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Where(id => !known.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return Failed(string.Empty, $"No such user: {string.Join(", ", unknown)}.");
        }

        var current = await db.AccountAccess.Where(g => g.AccountId == accountId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        foreach (var revoked in current.Where(g => !wanted.Contains(g.UserId)))
        {
            db.AccountAccess.Remove(revoked);
            var name = known.GetValueOrDefault(revoked.UserId)?.UserName ?? revoked.UserId;
            AddAudit(db, now, admin, AccountAuditActions.AccessRevoked, account, [new AuditChange("user", name, null), new AuditChange("user_id", revoked.UserId, null)]);
        }

        foreach (var granted in wanted.Except(current.Select(g => g.UserId), StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            db.AccountAccess.Add(new AccountAccessGrant { AccountId = accountId, UserId = granted, GrantedAt = now, GrantedBy = admin.UserId });
            AddAudit(db, now, admin, AccountAuditActions.AccessGranted, account, [new AuditChange("user", null, known[granted].UserName), new AuditChange("user_id", null, granted)]);
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await access.ReloadAsync(CancellationToken.None).ConfigureAwait(false);
            LogChanged("account.assignments_changed", accountId, admin.UserId);
        }

        return Succeeded(await LoadDetailsAsync(db, account, cancellationToken).ConfigureAwait(false));
    }

    public async Task<AccountChangeResult> SetCredentialAsync(AccessUser admin, Guid accountId, CredentialKind kind, string secret, CancellationToken cancellationToken)
    {
        access.DemandAdmin(admin, "accounts.credentials.set");
        if (!Enum.IsDefined(kind))
        {
            return Failed("Kind", "Choose which secret to set.");
        }

        if (string.IsNullOrWhiteSpace(secret))
        {
            return Failed("Secret", "Enter the secret.");
        }

        if (secret.Length > MaxSecretLength)
        {
            return Failed("Secret", $"At most {MaxSecretLength} characters.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await FindAsync(db, accountId, cancellationToken).ConfigureAwait(false) is not { } account)
        {
            return Failed(string.Empty, NotFoundMessage);
        }

        var now = time.GetUtcNow();
        var ciphertext = protector.Protect(secret);
        var stored = await db.AccountCredentials.FindAsync([accountId, kind], cancellationToken).ConfigureAwait(false);
        AuditChange change;
        if (stored is null)
        {
            db.AccountCredentials.Add(new AccountCredential { AccountId = accountId, Kind = kind, Ciphertext = ciphertext, UpdatedAt = now, UpdatedBy = admin.UserName });
            change = new AuditChange(kind.ToString(), null, AccountAuditActions.SecretSet);
        }
        else
        {
            (stored.Ciphertext, stored.UpdatedAt, stored.UpdatedBy) = (ciphertext, now, admin.UserName);
            change = new AuditChange(kind.ToString(), AccountAuditActions.SecretSet, AccountAuditActions.SecretReplaced);
        }

        AddAudit(db, now, admin, AccountAuditActions.CredentialSet, account, [change]);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogChanged(AccountAuditActions.CredentialSet, accountId, admin.UserId);
        return Succeeded(await LoadDetailsAsync(db, account, cancellationToken).ConfigureAwait(false));
    }

    public async Task<AccountChangeResult> ClearCredentialAsync(AccessUser admin, Guid accountId, CredentialKind kind, CancellationToken cancellationToken)
    {
        access.DemandAdmin(admin, "accounts.credentials.clear");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await FindAsync(db, accountId, cancellationToken).ConfigureAwait(false) is not { } account)
        {
            return Failed(string.Empty, NotFoundMessage);
        }

        if (await db.AccountCredentials.FindAsync([accountId, kind], cancellationToken).ConfigureAwait(false) is { } stored)
        {
            db.AccountCredentials.Remove(stored);
            AddAudit(db, time.GetUtcNow(), admin, AccountAuditActions.CredentialCleared, account, [new AuditChange(kind.ToString(), AccountAuditActions.SecretSet, AccountAuditActions.SecretCleared)]);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            LogChanged(AccountAuditActions.CredentialCleared, accountId, admin.UserId);
        }

        return Succeeded(await LoadDetailsAsync(db, account, cancellationToken).ConfigureAwait(false));
    }

    public async Task<ConnectionTestResult> TestConnectionAsync(AccessUser admin, Guid accountId, CancellationToken cancellationToken)
    {
        access.DemandAdmin(admin, "accounts.test_connection");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return new ConnectionTestResult(NotFoundMessage, null, null, null, null, null, null, null, time.GetUtcNow(), TimeSpan.Zero, []);
        }

        var started = time.GetTimestamp();
        var answer = account.Platform == Platform.Mt5
            ? await bridge.GetAccountInfoAsync(account.BrokerLogin, cancellationToken).ConfigureAwait(false)
            : Mt5AccountInfoResult.Failed("Connection tests go through the MT5 bridge: cTrader accounts cannot be tested yet.");
        var elapsed = time.GetElapsedTime(started);
        var now = time.GetUtcNow();
        var result = answer.Info is { } info
            ? new ConnectionTestResult(
                null, info.Login, info.Server, info.Currency, info.TradeAllowed, info.Name, info.Company, answer.Source, now, elapsed,
                ConnectionComparison.Compare(account, info.Login, info.Server, info.Currency, info.Company))
            : new ConnectionTestResult(answer.Error, null, null, null, null, null, null, null, now, elapsed, []);

        var summary = result.Reached ? $"reached ({result.Source})" : $"failed: {result.Error}";
        var mismatches = result.Mismatches.Count == 0 ? "none" : string.Join(", ", result.Mismatches.Select(m => m.Field));
        AddAudit(db, now, admin, AccountAuditActions.ConnectionTested, account, [new AuditChange("result", null, summary), new AuditChange("mismatches", null, mismatches)]);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogTested(accountId, result.Reached, mismatches, (long)elapsed.TotalMilliseconds);
        return result;
    }

    public async Task RemoveUserAsync(AccessUser admin, string userId, CancellationToken cancellationToken)
    {
        access.DemandAdmin(admin, "users.remove_access");
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var grants = await db.AccountAccess.Where(g => g.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (grants.Count == 0)
        {
            return;
        }

        // The user may already be gone from the directory: the audit trail then shows the id.
        var name = (await users.ListAsync(admin, cancellationToken).ConfigureAwait(false)).FirstOrDefault(u => u.UserId == userId)?.UserName ?? userId;
        var accountIds = grants.Select(g => g.AccountId).ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        foreach (var grant in grants)
        {
            db.AccountAccess.Remove(grant);
            AddAudit(db, now, admin, AccountAuditActions.AccessRevoked, accounts[grant.AccountId], [new AuditChange("user", name, null), new AuditChange("user_id", userId, null)]);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await access.ReloadAsync(CancellationToken.None).ConfigureAwait(false);
        LogUserRemoved(userId, grants.Count, admin.UserId);
    }

    private static AccountChangeResult Succeeded(AccountDetails details) => new(details, NoErrors);

    private static AccountChangeResult Failed(Dictionary<string, string> errors) => new(null, errors);

    private static AccountChangeResult Failed(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });

    private static AccountDetails Details(Account account, IEnumerable<AccountAccessGrant> grants, IEnumerable<CredentialStatus> credentials) =>
        new(account, [.. grants.Select(g => g.UserId).Order(StringComparer.Ordinal)], [.. credentials.OrderBy(c => c.Kind)]);

    private static void AddAudit(DashboardDbContext db, DateTimeOffset at, AccessUser admin, string action, Account account, IReadOnlyList<AuditChange> changes) =>
        db.AddAuditEntry(at, admin, action, AccountAuditActions.SubjectType, account.Id.ToString(), account.DisplayName, changes);

    private static Task<Account?> FindAsync(DashboardDbContext db, Guid accountId, CancellationToken cancellationToken) =>
        db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);

    private static async Task<AccountDetails> LoadDetailsAsync(DashboardDbContext db, Account account, CancellationToken cancellationToken)
    {
        var grants = await db.AccountAccess.AsNoTracking().Where(g => g.AccountId == account.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var credentials = await db.AccountCredentials.AsNoTracking()
            .Where(c => c.AccountId == account.Id)
            .Select(c => new CredentialStatus(c.Kind, c.UpdatedAt, c.UpdatedBy))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return Details(AccountFieldChanges.Snapshot(account), grants, credentials);
    }

    /// <summary>Duplicate id or (platform, login), inactive accounts included: the unique index spans them too.</summary>
    private static async Task AddDuplicateErrorsAsync(DashboardDbContext db, AccountDraft draft, Guid? existingId, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (existingId is null && draft.Id != Guid.Empty
            && await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == draft.Id, cancellationToken).ConfigureAwait(false) is { } sameId)
        {
            errors.TryAdd(nameof(AccountDraft.Id), $"This id already belongs to {Describe(sameId)}.");
        }

        var sameLogin = await db.Accounts.AsNoTracking()
            .Where(a => a.Platform == draft.Platform && a.BrokerLogin == draft.BrokerLogin && a.Id != existingId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (sameLogin is not null)
        {
            errors.TryAdd(nameof(AccountDraft.BrokerLogin), $"{draft.Platform.ToWire()} login {draft.BrokerLogin} is already mapped to {Describe(sameLogin)}.");
        }
    }

    private static string Describe(Account account) => account.IsActive ? $"'{account.DisplayName}'" : $"'{account.DisplayName}' (deactivated)";

    /// <summary>Another admin saved the same id or login between our check and our insert.</summary>
    private async Task<AccountChangeResult> ConcurrentDuplicateAsync(AccountDraft draft, Guid? existingId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        await AddDuplicateErrorsAsync(db, draft, existingId, errors, cancellationToken).ConfigureAwait(false);
        errors.TryAdd(string.Empty, "Another change was saved at the same time; reload and try again.");
        return Failed(errors);
    }

    private static async Task<bool> TrySaveAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Matches(e))
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountId}: {Action} by user {UserId}")]
    private partial void LogChanged(string action, Guid accountId, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connection test of account {AccountId}: reached={Reached}, mismatches {Mismatches}, {ElapsedMs} ms")]
    private partial void LogTested(Guid accountId, bool reached, string mismatches, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed user {UserId} from {Count} account(s) by user {AdminId}")]
    private partial void LogUserRemoved(string userId, int count, string adminId);
}
