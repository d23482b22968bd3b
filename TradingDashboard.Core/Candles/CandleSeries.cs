using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Candles;

/// <summary>
/// One rolling series, oldest first, at most <c>capacity</c> bars. Revision rules: a bar with the
/// last bar's time replaces it; a later one closes the last bar and is appended; an older one is
/// ignored. Safe for concurrent writers and readers.
/// </summary>
internal sealed class CandleSeries(int capacity)
{
    private readonly Lock _gate = new();
    private readonly List<Candle> _bars = [];

    /// <summary>Replaces the series with <paramref name="history"/> (any order; the later of two bars with one time wins).</summary>
    public void Load(IEnumerable<Candle> history)
    {
        var ordered = history.GroupBy(c => c.Time).Select(g => g.Last()).OrderBy(c => c.Time).ToList();
        lock (_gate)
        {
            _bars.Clear();
            _bars.AddRange(ordered.Skip(Math.Max(0, ordered.Count - capacity)));
        }
    }

    /// <returns>False when the bar is older than the last one and was ignored.</returns>
    public bool Apply(Candle candle)
    {
        ArgumentNullException.ThrowIfNull(candle);
        lock (_gate)
        {
            if (_bars.Count == 0 || candle.Time > _bars[^1].Time)
            {
                if (_bars.Count > 0 && !_bars[^1].IsComplete)
                {
                    _bars[^1] = _bars[^1] with { IsComplete = true };
                }

                _bars.Add(candle);
                if (_bars.Count > capacity)
                {
                    _bars.RemoveRange(0, _bars.Count - capacity);
                }

                return true;
            }

            if (candle.Time == _bars[^1].Time)
            {
                _bars[^1] = candle;
                return true;
            }

            return false;
        }
    }

    public IReadOnlyList<Candle> Snapshot()
    {
        lock (_gate)
        {
            return [.. _bars];
        }
    }

    public Candle? Last
    {
        get
        {
            lock (_gate)
            {
                return _bars.Count == 0 ? null : _bars[^1];
            }
        }
    }
}
