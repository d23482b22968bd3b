using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Components.Pages.Admin.Accounts;

/// <summary>One line of the accounts grid: flat, sortable properties over an <see cref="AccountDetails"/>.</summary>
public sealed class AccountRow
{
    public AccountRow(AccountDetails details, IReadOnlyDictionary<string, UserSummary> users)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(users);
        Account = details.Account;
        AssignedUsers = string.Join(", ", details.AssignedUserIds
            .Select(id => users.TryGetValue(id, out var user) ? user.UserName : id)
            .Order(StringComparer.OrdinalIgnoreCase));
        Credentials = CredentialKinds.Summary(Account.Platform, [.. details.Credentials]);
    }

    public TradingDashboard.Core.Domain.Account Account { get; }

    public Guid Id => Account.Id;

    public string DisplayName => Account.DisplayName;

    public string Platform => Account.Platform.ToWire();

    public string BrokerLogin => Account.BrokerLogin;

    public string Server => Account.Server ?? string.Empty;

    public string Broker => Account.Broker ?? string.Empty;

    public string FundType => FundTypeText.Format(Account.FundType);

    public string Currency => Account.Currency;

    public bool IsActive => Account.IsActive;

    /// <summary>User names, alphabetical; empty when nobody is assigned.</summary>
    public string AssignedUsers { get; }

    public string Credentials { get; }

    /// <summary>Whether the row contains <paramref name="text"/> in any column shown.</summary>
    public bool Matches(string? text) =>
        string.IsNullOrWhiteSpace(text)
        || new[] { DisplayName, Platform, BrokerLogin, Server, Broker, FundType, Currency, AssignedUsers, Id.ToString("D") }
            .Any(value => value.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase));
}
