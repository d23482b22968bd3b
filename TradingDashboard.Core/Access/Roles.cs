namespace TradingDashboard.Core.Access;

/// <summary>The two roles: admins manage accounts and users; traders see and trade the accounts assigned to them.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Trader = "Trader";

    public static IReadOnlyList<string> All { get; } = [Admin, Trader];
}
