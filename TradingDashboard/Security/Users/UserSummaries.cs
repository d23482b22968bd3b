using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Access;
using TradingDashboard.Security.Identity;
using TradingDashboard.Security.Persistence;

namespace TradingDashboard.Security.Users;

/// <summary>Users with their roles and lockout, in two queries.</summary>
internal static class UserSummaries
{
    public static async Task<IReadOnlyList<UserSummary>> ListAsync(SecurityDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        var roles = await (from link in db.UserRoles
                           join role in db.Roles on link.RoleId equals role.Id
                           select new { link.UserId, role.Name }).AsNoTracking().ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name ?? string.Empty);
        return [.. users.Select(u => From(u, [.. byUser[u.Id].Order(StringComparer.Ordinal)], now)).OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)];
    }

    public static UserSummary From(DashboardUser user, IReadOnlyList<string> roles, DateTimeOffset now) =>
        new(user.Id, user.UserName ?? user.Id, user.Email, roles, IsLockedOut(user, now));

    public static bool IsLockedOut(DashboardUser user, DateTimeOffset now) => user.LockoutEnd is { } end && end > now;
}
