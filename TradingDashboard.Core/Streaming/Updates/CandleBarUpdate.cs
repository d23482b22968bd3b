using System.Globalization;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Streaming.Updates;

/// <summary>A bar revision. Revisions of one bar coalesce; a new bar never hides the previous one's close.</summary>
public sealed record CandleBarUpdate(string GroupKey, DateTimeOffset ReceivedAt, Candle Candle)
    : MarketUpdate(GroupKey, ReceivedAt)
{
    public override string ItemKey => Candle.Time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public override string CacheKey => "bar";
}
