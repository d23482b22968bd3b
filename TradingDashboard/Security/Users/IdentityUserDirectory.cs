using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Access;
using TradingDashboard.Security.Persistence;

namespace TradingDashboard.Security.Users;

/// <summary>The Identity users as Core sees them (assignment pickers, audit names).</summary>
internal sealed class IdentityUserDirectory(IDbContextFactory<SecurityDbContext> contexts, IAccountAccess access, TimeProvider time) : IUserDirectory
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(AccessUser caller, CancellationToken cancellationToken)
    {
        access.DemandAdmin(caller, "users.list");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await UserSummaries.ListAsync(db, time.GetUtcNow(), cancellationToken);
    }
}
