using TradingDashboard.Core.Indicators.Kernels;
using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.Rsi;

/// <summary>Streaming Wilder RSI of closes.</summary>
public sealed class RsiIndicator : StreamingIndicator<RsiResult>
{
    private readonly ExponentialAverage _gain;
    private readonly ExponentialAverage _loss;
    private double? _previousClose;
    private double _formingClose;

    public RsiIndicator(int period = 14)
    {
        RsiSeries.Validate(period);
        (_gain, _loss) = (ExponentialAverage.Wilder(period), ExponentialAverage.Wilder(period));
    }

    protected override void Commit()
    {
        _gain.Commit();
        _loss.Commit();
        _previousClose = _formingClose;
    }

    protected override RsiResult Compute(in OhlcvBar bar)
    {
        _formingClose = bar.Close;
        if (_previousClose is not { } previous)
        {
            return new(bar.Time, null);
        }

        var change = bar.Close - previous;
        var gain = _gain.Next(Math.Max(change, 0));
        var loss = _loss.Next(Math.Max(-change, 0));
        if (gain is not { } averageGain || loss is not { } averageLoss)
        {
            return new(bar.Time, null);
        }

        return new(bar.Time, averageLoss > 0 ? 100 - (100 / (1 + (averageGain / averageLoss))) : 100);
    }
}
