using TradingDashboard.Core.Accounts.Credentials;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Accounts.Administration;

/// <summary>An account as the admin screens show it: the registry row, who may use it, which secrets are set (never their values).</summary>
public sealed record AccountDetails(Account Account, IReadOnlyList<string> AssignedUserIds, IReadOnlyList<CredentialStatus> Credentials);
