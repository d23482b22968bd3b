namespace TradingDashboard.Core.Indicators.Kernels;

/// <summary>
/// The highest (or lowest) of the last <c>period</c> values: a monotonic queue over the closed
/// values of the window, compared with the forming value on the fly (amortized O(1)).
/// </summary>
internal sealed class RollingExtreme
{
    private readonly double _sign;
    private readonly int _window;
    private readonly double[] _values;
    private readonly long[] _positions;
    private int _front;
    private int _length;
    private long _closedCount;
    private double _pending;
    private bool _hasPending;

    private RollingExtreme(int period, double sign)
    {
        _window = period - 1;
        _sign = sign;
        _values = new double[Math.Max(_window, 1)];
        _positions = new long[_values.Length];
    }

    public static RollingExtreme Highest(int period) => new(period, 1);

    public static RollingExtreme Lowest(int period) => new(period, -1);

    /// <summary>The extreme with <paramref name="value"/> as the forming input; <see langword="null"/> until the window is full.</summary>
    public double? Next(double value)
    {
        _pending = value;
        _hasPending = true;
        if (_closedCount < _window)
        {
            return null;
        }

        var signed = _sign * value;
        return _length > 0 && _values[_front] > signed ? _sign * _values[_front] : value;
    }

    public void Commit()
    {
        if (!_hasPending || _window == 0)
        {
            _hasPending = false;
            return;
        }

        _hasPending = false;
        if (_length > 0 && _positions[_front] <= _closedCount - _window)
        {
            _front = (_front + 1) % _values.Length;
            _length--;
        }

        var signed = _sign * _pending;
        while (_length > 0 && _values[Back()] <= signed)
        {
            _length--;
        }

        var slot = (_front + _length) % _values.Length;
        (_values[slot], _positions[slot]) = (signed, _closedCount++);
        _length++;
    }

    private int Back() => (_front + _length - 1) % _values.Length;
}
