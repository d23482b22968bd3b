namespace TradingDashboard.Components.Pages.Markets;

/// <summary>What the Markets page shows instead of an account's live data, and why.</summary>
/// <param name="TestId">The notice's <c>data-testid</c>: one per reason, for tests and styling.</param>
/// <param name="Icon">A Material icon name.</param>
public sealed record AccountNotice(string TestId, string Icon, string Title, string Detail)
{
    public static AccountNotice NotFound { get; } = new(
        "account-not-found", "search_off", "That account does not exist", "Check the link, or pick one of your accounts above.");

    public static AccountNotice NoAccess { get; } = new(
        "account-no-access", "lock", "You do not have access to this account", "Ask an administrator to assign it to you, or pick one of your accounts above.");

    public static AccountNotice Inactive { get; } = new(
        "account-inactive", "block", "This account is deactivated", "Nobody can view or trade it until an administrator reactivates it.");

    public static AccountNotice AccessLost(string accountName) => new(
        "account-access-lost", "lock", $"You no longer have access to account {accountName}", "An administrator removed your access. Its prices and balances are no longer shown.");

    public static AccountNotice Deactivated(string accountName) => new(
        "account-deactivated", "block", $"Account {accountName} was deactivated", "An administrator deactivated it. Its prices and balances are no longer shown.");

    public static AccountNotice Removed(string accountName) => new(
        "account-removed", "search_off", $"Account {accountName} no longer exists", "It was removed from the registry.");
}
