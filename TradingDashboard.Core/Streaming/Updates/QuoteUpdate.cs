using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Streaming.Updates;

/// <summary>A new tick, with the first bid seen this UTC day for the change column.</summary>
public sealed record QuoteUpdate(string GroupKey, DateTimeOffset ReceivedAt, Tick Tick, decimal DayOpenBid)
    : MarketUpdate(GroupKey, ReceivedAt)
{
    public override string ItemKey => "quote";

    public decimal Change => Tick.Bid - DayOpenBid;

    public decimal ChangePercent => DayOpenBid == 0 ? 0 : Change / DayOpenBid * 100m;
}
