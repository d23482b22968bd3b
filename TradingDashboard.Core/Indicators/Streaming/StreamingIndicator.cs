namespace TradingDashboard.Core.Indicators.Streaming;

/// <summary>
/// The one implementation of an indicator's math, fed one bar at a time. A bar with a later time
/// closes the forming bar (its contribution is folded into the closed state) and opens a new one;
/// a bar with the same time revises the forming bar, recomputed from the closed state, so any
/// number of revisions leaves no trace. Every call is O(1) (amortized for rolling highs/lows).
/// </summary>
/// <typeparam name="TResult">One result per bar; warm-up values are <see langword="null"/>.</typeparam>
/// <remarks>
/// Input rules: times must not decrease (an earlier time throws <see cref="ArgumentException"/>);
/// a non-finite open, high, low, close or volume throws <see cref="ArgumentException"/> naming the
/// field and leaves the state untouched; gaps in time are not filled, as indicators count bars.
/// </remarks>
public abstract class StreamingIndicator<TResult>
{
    private BarSequence _sequence;

    /// <summary>Bars seen so far, the forming one included.</summary>
    public int Count => _sequence.Count;

    /// <summary>Adds a new bar, or revises the forming bar when <paramref name="bar"/> has its time.</summary>
    /// <returns>The indicator's value at this bar.</returns>
    public TResult Add(in OhlcvBar bar)
    {
        if (_sequence.Accept(bar))
        {
            Commit();
        }

        return Compute(bar);
    }

    /// <summary>Runs every bar through <see cref="Add"/>: the whole-series form.</summary>
    public IReadOnlyList<TResult> AddRange(IReadOnlyList<OhlcvBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var results = new TResult[bars.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Add(bars[i]);
        }

        return results;
    }

    /// <summary>Folds the forming bar's last computed contribution into the closed state.</summary>
    protected abstract void Commit();

    /// <summary>The value for the forming bar from the closed state; must not change the closed state.</summary>
    protected abstract TResult Compute(in OhlcvBar bar);
}
