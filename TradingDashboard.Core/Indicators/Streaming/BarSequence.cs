namespace TradingDashboard.Core.Indicators.Streaming;

/// <summary>
/// The input rules every streaming indicator applies before touching its state: values finite,
/// times non-decreasing; tells whether a bar opens a new bar or revises the forming one.
/// </summary>
internal struct BarSequence
{
    private DateTimeOffset _lastTime;
    private bool _started;

    /// <summary>Number of bars seen, the forming one included.</summary>
    public int Count { get; private set; }

    /// <returns><see langword="true"/> when the bar closes an earlier bar and opens a new one.</returns>
    public bool Accept(in OhlcvBar bar)
    {
        EnsureFinite(bar.Open, nameof(OhlcvBar.Open), nameof(bar));
        EnsureFinite(bar.High, nameof(OhlcvBar.High), nameof(bar));
        EnsureFinite(bar.Low, nameof(OhlcvBar.Low), nameof(bar));
        EnsureFinite(bar.Close, nameof(OhlcvBar.Close), nameof(bar));
        EnsureFinite(bar.Volume, nameof(OhlcvBar.Volume), nameof(bar));
        if (!_started)
        {
            (_started, _lastTime, Count) = (true, bar.Time, 1);
            return false;
        }

        if (bar.Time == _lastTime)
        {
            return false;
        }

        if (bar.Time < _lastTime)
        {
            throw new ArgumentException(
                $"Bars must arrive in time order: {bar.Time:O} is earlier than the last bar {_lastTime:O}.", nameof(bar));
        }

        _lastTime = bar.Time;
        Count++;
        return true;
    }

    private static void EnsureFinite(double value, string field, string parameter)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Bar {field} must be a finite number, got {value}.", parameter);
        }
    }
}
