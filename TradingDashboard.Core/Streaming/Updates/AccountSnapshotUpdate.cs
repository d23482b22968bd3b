using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Streaming.Updates;

/// <summary>New balances for an account.</summary>
public sealed record AccountSnapshotUpdate(string GroupKey, DateTimeOffset ReceivedAt, AccountSnapshot Snapshot)
    : MarketUpdate(GroupKey, ReceivedAt)
{
    public override string ItemKey => "account";
}
