using TradingDashboard.Core.Access;

namespace TradingDashboard.Tests.Integration.Access;

/// <summary>The identity store as Core sees it, with an admin and two traders.</summary>
public sealed class FakeUserDirectory : IUserDirectory
{
    public List<UserSummary> Users { get; } =
    [
        new(AccessTestServices.Admin.UserId, AccessTestServices.Admin.UserName, null, [Roles.Admin], false),
        new(AccessTestServices.TraderA.UserId, AccessTestServices.TraderA.UserName, null, [Roles.Trader], false),
        new(AccessTestServices.TraderB.UserId, AccessTestServices.TraderB.UserName, null, [Roles.Trader], false),
    ];

    public Task<IReadOnlyList<UserSummary>> ListAsync(AccessUser caller, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<UserSummary>>([.. Users]);
}
