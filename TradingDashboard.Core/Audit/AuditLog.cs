using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Persistence;

namespace TradingDashboard.Core.Audit;

/// <summary>The audit trail in the dashboard database, read newest first.</summary>
internal sealed class AuditLog(IDbContextFactory<DashboardDbContext> contexts, IAccountAccess access, TimeProvider time) : IAuditLog
{
    public const int MaxPageSize = 500;

    public async Task AppendAsync(
        AccessUser actor,
        string action,
        string subjectType,
        string subjectId,
        string? subjectName,
        IReadOnlyList<AuditChange> changes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectType);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectId);
        ArgumentNullException.ThrowIfNull(changes);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.AddAuditEntry(time.GetUtcNow(), actor, action, subjectType, subjectId, subjectName, changes);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<AuditPage> QueryAsync(AccessUser admin, AuditQuery query, CancellationToken cancellationToken)
    {
        access.DemandAdmin(admin, "audit.query");
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(query.SubjectId))
        {
            entries = entries.Where(e => e.SubjectId == query.SubjectId);
        }

        if (!string.IsNullOrEmpty(query.ActionPrefix))
        {
            entries = entries.Where(e => e.Action.StartsWith(query.ActionPrefix));
        }

        if (!string.IsNullOrEmpty(query.ActorId))
        {
            entries = entries.Where(e => e.ActorId == query.ActorId);
        }

        var total = await entries.CountAsync(cancellationToken).ConfigureAwait(false);

        // Ids grow with every insert, so they order by recency on every provider (SQLite cannot ORDER BY a DateTimeOffset).
        var page = await entries
            .OrderByDescending(e => e.Id)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, MaxPageSize))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AuditPage([.. page.Select(ToRecord)], total);
    }

    private static AuditRecord ToRecord(AuditEntry e) =>
        new(e.Id, e.At, e.ActorId, e.ActorName, e.Action, e.SubjectType, e.SubjectId, e.SubjectName, AuditDbContextExtensions.Deserialize(e.Changes));
}
