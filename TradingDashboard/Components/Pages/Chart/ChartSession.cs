using TradingDashboard.Components.Shared;
using TradingDashboard.Core.Candles;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Components.Pages.Chart;

/// <summary>
/// What one (account, symbol, timeframe) on screen holds: the candle lease (bridge
/// subscriptions), the live feeds, and the bars as shown. Disposing it releases all of them;
/// callbacks arriving afterwards see <see cref="IsDisposed"/> and do nothing.
/// </summary>
public sealed class ChartSession(ICandleSeriesLease lease) : IAsyncDisposable
{
    private readonly List<LiveFeed> _feeds = [];

    public CandleSeriesKey Key => lease.Key;

    public int Digits => lease.Digits;

    public List<Candle> Bars { get; } = [.. lease.Snapshot()];

    public bool IsDisposed { get; private set; }

    /// <summary>When the last bar or quote arrived (the age shown on the page).</summary>
    public DateTimeOffset? LastUpdateAt { get; set; }

    public QuoteUpdate? Quote { get; set; }

    public IReadOnlyList<Position> Positions { get; set; } = [];

    public void Add(LiveFeed feed) => _feeds.Add(feed);

    /// <summary>Applies a bar to <see cref="Bars"/>: a revision of the last bar or a newer bar; false for an older (stale) bar.</summary>
    public bool Apply(Candle candle)
    {
        ArgumentNullException.ThrowIfNull(candle);
        if (Bars.Count > 0)
        {
            var last = Bars[^1].Time;
            if (candle.Time < last)
            {
                return false;
            }

            if (candle.Time == last)
            {
                Bars[^1] = candle;
                return true;
            }
        }

        Bars.Add(candle);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (IsDisposed)
        {
            return;
        }

        IsDisposed = true;
        foreach (var feed in _feeds)
        {
            feed.Dispose();
        }

        await lease.DisposeAsync();
    }
}
