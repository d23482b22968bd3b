using TradingDashboard.Core.Indicators.Kernels;
using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.Macd;

/// <summary>Streaming MACD of closes.</summary>
public sealed class MacdIndicator : StreamingIndicator<MacdResult>
{
    private readonly ExponentialAverage _fast;
    private readonly ExponentialAverage _slow;
    private readonly ExponentialAverage _signal;

    public MacdIndicator(int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        MacdSeries.Validate(fastPeriod, slowPeriod, signalPeriod);
        _fast = ExponentialAverage.Ema(fastPeriod);
        _slow = ExponentialAverage.Ema(slowPeriod);
        _signal = ExponentialAverage.Ema(signalPeriod);
    }

    protected override void Commit()
    {
        _fast.Commit();
        _slow.Commit();
        _signal.Commit();
    }

    protected override MacdResult Compute(in OhlcvBar bar)
    {
        var fast = _fast.Next(bar.Close);
        if (_slow.Next(bar.Close) is not { } slow || fast is not { } fastValue)
        {
            return new(bar.Time, null, null, null);
        }

        var macd = fastValue - slow;
        var signal = _signal.Next(macd);
        return new(bar.Time, macd, signal, macd - signal);
    }
}
