using TradingDashboard.Core.Indicators.Kernels;
using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.Atr;

/// <summary>Streaming Wilder ATR.</summary>
public sealed class AtrIndicator : StreamingIndicator<AtrResult>
{
    private readonly ExponentialAverage _atr;
    private double? _previousClose;
    private double _formingClose;

    public AtrIndicator(int period = 14)
    {
        AtrSeries.Validate(period);
        _atr = ExponentialAverage.Wilder(period);
    }

    protected override void Commit()
    {
        _atr.Commit();
        _previousClose = _formingClose;
    }

    protected override AtrResult Compute(in OhlcvBar bar)
    {
        _formingClose = bar.Close;
        if (_previousClose is not { } previous)
        {
            return new(bar.Time, null, null);
        }

        var trueRange = TrueRange.Of(bar, previous);
        return new(bar.Time, trueRange, _atr.Next(trueRange));
    }
}
