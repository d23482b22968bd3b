namespace TradingDashboard.Core.Indicators.Kernels;

/// <summary>
/// The sum of the last <c>period</c> values. Holds the closed values of the window (period − 1)
/// and adds the forming one on the fly; re-adds the window from scratch once per lap of the
/// ring so rounding never accumulates (amortized O(1)).
/// </summary>
internal sealed class RollingSum
{
    private readonly double[] _closed;
    private int _count;
    private int _head;
    private double _sum;
    private double _pending;
    private bool _hasPending;

    public RollingSum(int period) => _closed = new double[period - 1];

    /// <summary>The window's sum with <paramref name="value"/> as the forming input; <see langword="null"/> until the window is full.</summary>
    public double? Next(double value)
    {
        _pending = value;
        _hasPending = true;
        return _count == _closed.Length ? _sum + value : null;
    }

    public void Commit()
    {
        if (!_hasPending || _closed.Length == 0)
        {
            _hasPending = false;
            return;
        }

        _hasPending = false;
        if (_count == _closed.Length)
        {
            _sum -= _closed[_head];
        }
        else
        {
            _count++;
        }

        _closed[_head] = _pending;
        _sum += _pending;
        if (++_head == _closed.Length)
        {
            _head = 0;
            Resum();
        }
    }

    private void Resum()
    {
        var sum = 0.0;
        for (var i = 0; i < _count; i++)
        {
            sum += _closed[i];
        }

        _sum = sum;
    }
}
