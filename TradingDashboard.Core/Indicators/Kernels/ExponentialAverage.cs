namespace TradingDashboard.Core.Indicators.Kernels;

/// <summary>
/// An exponential average seeded with the simple average of its first <c>period</c> values:
/// the EMA (α = 2 / (n + 1)) and Wilder's smoothing (α = 1 / n) share it.
/// </summary>
internal sealed class ExponentialAverage
{
    private readonly int _period;
    private readonly double _alpha;
    private int _count;
    private double _sum;
    private double _value;
    private double _pendingSum;
    private double _pendingValue;
    private bool _hasPending;

    private ExponentialAverage(int period, double alpha) => (_period, _alpha) = (period, alpha);

    public static ExponentialAverage Ema(int period) => new(period, 2.0 / (period + 1));

    public static ExponentialAverage Wilder(int period) => new(period, 1.0 / period);

    /// <summary>The average with <paramref name="value"/> as the forming input; <see langword="null"/> during warm-up.</summary>
    public double? Next(double value)
    {
        _hasPending = true;
        if (_count < _period - 1)
        {
            _pendingSum = _sum + value;
            return null;
        }

        _pendingValue = _count == _period - 1 ? (_sum + value) / _period : _value + (_alpha * (value - _value));
        return _pendingValue;
    }

    public void Commit()
    {
        if (!_hasPending)
        {
            return;
        }

        _hasPending = false;
        _count++;
        _sum = _pendingSum;
        _value = _pendingValue;
    }
}
