using TradingDashboard.Core.Indicators.Kernels;
using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.Bollinger;

/// <summary>Streaming Bollinger Bands: rolling sums of closes and squared closes.</summary>
public sealed class BollingerIndicator : StreamingIndicator<BollingerResult>
{
    private readonly int _period;
    private readonly double _multiplier;
    private readonly RollingSum _sum;
    private readonly RollingSum _squares;
    private double? _anchor;
    private double _formingClose;

    public BollingerIndicator(int period = 20, double multiplier = 2)
    {
        BollingerSeries.Validate(period, multiplier);
        (_period, _multiplier) = (period, multiplier);
        (_sum, _squares) = (new RollingSum(period), new RollingSum(period));
    }

    protected override void Commit()
    {
        _sum.Commit();
        _squares.Commit();
        _anchor ??= _formingClose;
    }

    protected override BollingerResult Compute(in OhlcvBar bar)
    {
        // Sums of deviations from the first close: the variance is unchanged by the shift and
        // E[x²] − E[x]² no longer cancels away the digits of large prices.
        _formingClose = bar.Close;
        var anchor = _anchor ?? bar.Close;
        var deviation = bar.Close - anchor;
        var sum = _sum.Next(deviation);
        if (_squares.Next(deviation * deviation) is not { } squares || sum is not { } total)
        {
            return new(bar.Time, null, null, null, null, null);
        }

        var mean = total / _period;
        var spread = _multiplier * Math.Sqrt(Math.Max((squares / _period) - (mean * mean), 0));
        var middle = mean + anchor;
        var (upper, lower) = (middle + spread, middle - spread);
        double? percentB = spread > 0 ? (bar.Close - lower) / (upper - lower) : null;
        return new(bar.Time, middle, upper, lower, percentB, middle != 0 ? (upper - lower) / middle : null);
    }
}
