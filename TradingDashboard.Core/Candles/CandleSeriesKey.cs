using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Candles;

/// <summary>One rolling candle series. The symbol keeps the broker's casing; equality ignores case, as the group keys do.</summary>
public sealed record CandleSeriesKey(Guid AccountId, string Symbol, Timeframe Timeframe)
{
    public bool Equals(CandleSeriesKey? other) =>
        other is not null && AccountId == other.AccountId && Timeframe == other.Timeframe
        && string.Equals(Symbol, other.Symbol, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(AccountId, StringComparer.OrdinalIgnoreCase.GetHashCode(Symbol), Timeframe);
}
