using System.Text.Json;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Persistence;

namespace TradingDashboard.Core.Audit;

/// <summary>Adds audit entries to a context so they commit in the same transaction as the change they describe.</summary>
internal static class AuditDbContextExtensions
{
    public static AuditEntry AddAuditEntry(
        this DashboardDbContext db,
        DateTimeOffset at,
        AccessUser actor,
        string action,
        string subjectType,
        string subjectId,
        string? subjectName,
        IReadOnlyList<AuditChange> changes)
    {
        var entry = new AuditEntry
        {
            At = at,
            ActorId = actor.UserId,
            ActorName = actor.UserName,
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            SubjectName = subjectName,
            Changes = Serialize(changes),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    public static string Serialize(IReadOnlyList<AuditChange> changes) =>
        JsonSerializer.Serialize([.. changes], AuditJsonContext.Default.AuditChangeArray);

    public static IReadOnlyList<AuditChange> Deserialize(string json) =>
        JsonSerializer.Deserialize(json, AuditJsonContext.Default.AuditChangeArray) ?? [];
}
