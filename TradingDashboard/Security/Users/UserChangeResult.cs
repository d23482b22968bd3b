using TradingDashboard.Core.Access;

namespace TradingDashboard.Security.Users;

/// <summary>The user after a change, or errors keyed by <see cref="NewUser"/> property name (empty key: the whole form).</summary>
public sealed record UserChangeResult(UserSummary? User, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => User is not null && Errors.Count == 0;
}
