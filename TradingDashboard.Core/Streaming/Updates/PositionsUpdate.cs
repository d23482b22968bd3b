using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Streaming.Updates;

/// <summary>A full positions snapshot for an account.</summary>
public sealed record PositionsUpdate(string GroupKey, DateTimeOffset ReceivedAt, PositionsSnapshot Snapshot)
    : MarketUpdate(GroupKey, ReceivedAt)
{
    public override string ItemKey => "positions";
}
