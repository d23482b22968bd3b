using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Candles;

/// <summary>
/// Builds bars of a higher timeframe from M1 revisions, for bridges that send only M1: open of
/// the first minute, highest high, lowest low, close of the last, summed volumes, the last
/// minute's spread; buckets start at <see cref="TimeframeExtensions.BarOpen"/> in UTC (weeks on
/// Monday, months on the 1st). Revisions only ever touch the latest minute, so each update is O(1).
/// Single-threaded: one feed drives it.
/// </summary>
internal sealed class CandleAggregator(Timeframe timeframe)
{
    private DateTimeOffset? _bucket;
    private Candle? _settled;
    private Candle? _minute;
    private DateTimeOffset? _resumedMinute;

    public Timeframe Timeframe { get; } = timeframe;

    /// <summary>
    /// Continues the bridge's forming bar loaded at <paramref name="loadedAt"/>. The minute then in
    /// progress is already partly inside it: later revisions of that minute add their prices but not
    /// their volume (which would count twice), and earlier minutes are ignored.
    /// </summary>
    public void Resume(Candle forming, DateTimeOffset loadedAt)
    {
        ArgumentNullException.ThrowIfNull(forming);
        _bucket = Timeframe.BarOpen(forming.Time);
        _settled = forming with { Timeframe = Timeframe, IsComplete = false };
        _minute = null;
        _resumedMinute = Timeframe.M1.BarOpen(loadedAt);
    }

    /// <returns>
    /// What to publish: nothing for a stale minute; else the current bar, preceded by the previous
    /// bar marked complete when this minute opened a new bucket.
    /// </returns>
    public IReadOnlyList<Candle> Apply(Candle m1)
    {
        ArgumentNullException.ThrowIfNull(m1);
        var bucket = Timeframe.BarOpen(m1.Time);
        var stale = bucket < _bucket
            || (bucket == _bucket && (m1.Time < _minute?.Time || m1.Time < _resumedMinute));
        if (stale)
        {
            return [];
        }

        var published = new List<Candle>(2);
        if (_bucket is null || bucket > _bucket)
        {
            if (Current() is { } previous)
            {
                published.Add(previous with { IsComplete = true });
            }

            _bucket = bucket;
            _settled = null;
            _minute = null;
            _resumedMinute = null;
        }
        else if (_minute is not null && m1.Time > _minute.Time)
        {
            _settled = Fold(_settled, _minute);
        }

        _minute = m1;
        published.Add(Current()!);
        return published;
    }

    private Candle? Current() => _minute is null ? _settled : Fold(_settled, _minute) with { IsComplete = false };

    private Candle Fold(Candle? bar, Candle minute)
    {
        if (bar is null)
        {
            return minute with { Timeframe = Timeframe, Time = _bucket!.Value, IsComplete = false };
        }

        var counted = minute.Time != _resumedMinute;
        return bar with
        {
            High = Math.Max(bar.High, minute.High),
            Low = Math.Min(bar.Low, minute.Low),
            Close = minute.Close,
            TickVolume = bar.TickVolume + (counted ? minute.TickVolume : 0),
            RealVolume = bar.RealVolume + (counted ? minute.RealVolume : 0),
            Spread = minute.Spread,
        };
    }
}
