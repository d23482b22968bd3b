namespace TradingDashboard.Core.Indicators.Kernels;

/// <summary>
/// Σ wᵢ·xᵢ over the last <c>period</c> values with linear weights 1 (oldest) … period (newest).
/// Keeps the closed values' plain and weighted sums, so sliding the window is O(1); re-adds
/// them once per lap of the ring so rounding never accumulates.
/// </summary>
internal sealed class WeightedSum
{
    private readonly double[] _closed;
    private int _count;
    private int _head;
    private double _sum;
    private double _weighted;
    private double _pending;
    private bool _hasPending;

    public WeightedSum(int period) => _closed = new double[period - 1];

    /// <summary>The weighted sum with <paramref name="value"/> as the forming (heaviest) input; <see langword="null"/> until the window is full.</summary>
    public double? Next(double value)
    {
        _pending = value;
        _hasPending = true;
        return _count == _closed.Length ? _weighted + ((_closed.Length + 1) * value) : null;
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
            // Every closed value loses one weight; the oldest (weight 1) leaves.
            _weighted = _weighted - _sum + (_closed.Length * _pending);
            _sum += _pending - _closed[_head];
        }
        else
        {
            _count++;
            _weighted += _count * _pending;
            _sum += _pending;
        }

        _closed[_head] = _pending;
        if (++_head == _closed.Length)
        {
            _head = 0;
            Resum();
        }
    }

    private void Resum()
    {
        // At a lap the ring is in age order, oldest first.
        double sum = 0, weighted = 0;
        for (var i = 0; i < _count; i++)
        {
            sum += _closed[i];
            weighted += (i + 1) * _closed[i];
        }

        (_sum, _weighted) = (sum, weighted);
    }
}
