using System.Globalization;

namespace TradingDashboard.Core.Streaming.Updates;

/// <summary>A position was closed at the broker (after its effect was stored).</summary>
public sealed record PositionClosedUpdate(
    string GroupKey,
    DateTimeOffset ReceivedAt,
    Guid AccountId,
    long PositionId,
    string Symbol,
    decimal Volume,
    decimal NetProfit,
    DateTimeOffset ClosedAt)
    : MarketUpdate(GroupKey, ReceivedAt)
{
    public override string ItemKey => string.Create(CultureInfo.InvariantCulture, $"closed:{PositionId}");

    public override string CacheKey => "closed";
}
