using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Candles;

/// <summary>
/// A viewer's (or bot's) hold on a candle series. While any lease is open the series stays
/// live and the bridge keeps its price and candle subscriptions; disposing the last lease
/// releases both. Live bars arrive on the hub group <c>GroupKeys.Candles(account, symbol, timeframe)</c>
/// (aggregated ones too), so subscribe through <c>ISecuredMarketFeed</c> for updates.
/// </summary>
public interface ICandleSeriesLease : IAsyncDisposable
{
    CandleSeriesKey Key { get; }

    /// <summary>The series now, oldest first: bridge history, then every live revision applied.</summary>
    IReadOnlyList<Candle> Snapshot();

    /// <summary>Digits of the symbol's prices (for the chart's price format), from the bridge.</summary>
    int Digits { get; }
}
