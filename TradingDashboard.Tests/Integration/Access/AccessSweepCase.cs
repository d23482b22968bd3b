using TradingDashboard.Core.Access;

namespace TradingDashboard.Tests.Integration.Access;

/// <summary>One Core entry point called as some user on some account.</summary>
/// <param name="Name"><c>Interface.Method</c>, optionally followed by a variant in parentheses.</param>
/// <param name="AdminOnly">Only admins may call it at all; otherwise the account's owner may.</param>
public sealed record AccessSweepCase(string Name, AccessDeniedReason Reason, string Operation, bool AdminOnly, Func<AccessTestServices, AccessUser, Guid, Task> Call)
{
    /// <summary>The <c>Interface.Method</c> part of <see cref="Name"/>.</summary>
    public string Method => Name.Split(' ')[0];

    public override string ToString() => Name;
}
