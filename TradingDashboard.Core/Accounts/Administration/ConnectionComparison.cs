using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Accounts.Administration;

/// <summary>Where the bridge's account info disagrees with the registry (trimmed, case-insensitive).</summary>
internal static class ConnectionComparison
{
    public static IReadOnlyList<ConnectionMismatch> Compare(Account account, string? login, string? server, string? currency, string? company)
    {
        var mismatches = new List<ConnectionMismatch>();
        Check(mismatches, "login", account.BrokerLogin, login, registryRequired: true);
        Check(mismatches, "server", account.Server, server, registryRequired: false);
        Check(mismatches, "currency", account.Currency, currency, registryRequired: true);
        Check(mismatches, "broker", account.Broker, company, registryRequired: false);
        return mismatches;
    }

    // Optional registry fields (server, broker) are only compared when the registry has a value.
    private static void Check(List<ConnectionMismatch> mismatches, string field, string? registry, string? bridge, bool registryRequired)
    {
        if (!registryRequired && string.IsNullOrWhiteSpace(registry))
        {
            return;
        }

        if (!string.Equals(registry?.Trim(), bridge?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            mismatches.Add(new ConnectionMismatch(field, registry, bridge));
        }
    }
}
