using System.Globalization;
using TradingDashboard.Core.Audit;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Accounts.Administration;

/// <summary>The field-level changes an audit entry records for an account.</summary>
internal static class AccountFieldChanges
{
    public static List<AuditChange> Between(Account? before, Account after)
    {
        var changes = new List<AuditChange>();
        Add(changes, "display_name", before?.DisplayName, after.DisplayName);
        Add(changes, "platform", before?.Platform.ToWire(), after.Platform.ToWire());
        Add(changes, "broker_login", before?.BrokerLogin, after.BrokerLogin);
        Add(changes, "server", before?.Server, after.Server);
        Add(changes, "broker", before?.Broker, after.Broker);
        Add(changes, "fund_type", before?.FundType.ToString(), after.FundType.ToString());
        Add(changes, "currency", before?.Currency, after.Currency);
        Add(changes, "is_active", before is null ? null : Flag(before.IsActive), Flag(after.IsActive));
        return changes;
    }

    public static Account Snapshot(Account account) => new()
    {
        Id = account.Id,
        DisplayName = account.DisplayName,
        Platform = account.Platform,
        BrokerLogin = account.BrokerLogin,
        Server = account.Server,
        Broker = account.Broker,
        FundType = account.FundType,
        Currency = account.Currency,
        IsActive = account.IsActive,
        CreatedAt = account.CreatedAt,
        UpdatedAt = account.UpdatedAt,
    };

    private static string Flag(bool value) => value.ToString(CultureInfo.InvariantCulture).ToLowerInvariant();

    private static void Add(List<AuditChange> changes, string field, string? from, string? to)
    {
        if (!string.Equals(from, to, StringComparison.Ordinal))
        {
            changes.Add(new AuditChange(field, from, to));
        }
    }
}
