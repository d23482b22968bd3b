using TradingDashboard.Core.Indicators.Kernels;
using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.Adx;

/// <summary>Streaming Wilder ADX with +DI, −DI and DX.</summary>
public sealed class AdxIndicator : StreamingIndicator<AdxResult>
{
    private readonly ExponentialAverage _trueRange;
    private readonly ExponentialAverage _plusMove;
    private readonly ExponentialAverage _minusMove;
    private readonly ExponentialAverage _adx;
    private OhlcvBar? _previous;
    private OhlcvBar _forming;

    public AdxIndicator(int period = 14)
    {
        AdxSeries.Validate(period);
        _trueRange = ExponentialAverage.Wilder(period);
        _plusMove = ExponentialAverage.Wilder(period);
        _minusMove = ExponentialAverage.Wilder(period);
        _adx = ExponentialAverage.Wilder(period);
    }

    protected override void Commit()
    {
        _trueRange.Commit();
        _plusMove.Commit();
        _minusMove.Commit();
        _adx.Commit();
        _previous = _forming;
    }

    protected override AdxResult Compute(in OhlcvBar bar)
    {
        _forming = bar;
        if (_previous is not { } previous)
        {
            return new(bar.Time, null, null, null, null);
        }

        var (up, down) = (bar.High - previous.High, previous.Low - bar.Low);
        var trueRange = _trueRange.Next(TrueRange.Of(bar, previous.Close));
        var plusMove = _plusMove.Next(up > down ? Math.Max(up, 0) : 0);
        if (_minusMove.Next(down > up ? Math.Max(down, 0) : 0) is not { } minus || plusMove is not { } plus || trueRange is not { } range)
        {
            return new(bar.Time, null, null, null, null);
        }

        var (plusDi, minusDi) = range > 0 ? (100 * plus / range, 100 * minus / range) : (0, 0);
        var dx = plusDi + minusDi > 0 ? 100 * Math.Abs(plusDi - minusDi) / (plusDi + minusDi) : 0;
        return new(bar.Time, plusDi, minusDi, dx, _adx.Next(dx));
    }
}
