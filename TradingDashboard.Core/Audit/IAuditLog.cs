using TradingDashboard.Core.Access;

namespace TradingDashboard.Core.Audit;

/// <summary>The admin audit trail. Core services add entries inside their own transactions; the web app's user administration appends through here.</summary>
public interface IAuditLog
{
    /// <summary>Appends one entry in its own transaction.</summary>
    Task AppendAsync(AccessUser actor, string action, string subjectType, string subjectId, string? subjectName, IReadOnlyList<AuditChange> changes, CancellationToken cancellationToken);

    /// <summary>Admins only.</summary>
    Task<AuditPage> QueryAsync(AccessUser admin, AuditQuery query, CancellationToken cancellationToken);
}
