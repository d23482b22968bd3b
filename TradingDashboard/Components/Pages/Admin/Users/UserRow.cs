using TradingDashboard.Core.Access;

namespace TradingDashboard.Components.Pages.Admin.Users;

/// <summary>One line of the users grid: the user, their role, and the accounts assigned to them.</summary>
public sealed class UserRow(UserSummary user, IReadOnlyList<string> accountNames, bool isSelf)
{
    public UserSummary User { get; } = user;

    public string UserId => User.UserId;

    public string UserName => User.UserName;

    public string Email => User.Email ?? string.Empty;

    public string Role => User.IsAdmin ? Roles.Admin : Roles.Trader;

    public bool IsAdmin => User.IsAdmin;

    public bool IsLockedOut => User.IsLockedOut;

    /// <summary>The signed-in admin's own row.</summary>
    public bool IsSelf { get; } = isSelf;

    public IReadOnlyList<string> AccountNames { get; } = accountNames;

    /// <summary>For sorting and display: the names joined, alphabetical.</summary>
    public string Accounts { get; } = string.Join(", ", accountNames);

    public bool Matches(string? text) =>
        string.IsNullOrWhiteSpace(text)
        || new[] { UserName, Email, Role, Accounts }.Any(v => v.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase));
}
