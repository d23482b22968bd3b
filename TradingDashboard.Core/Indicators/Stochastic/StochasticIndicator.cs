using TradingDashboard.Core.Indicators.Kernels;
using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.Stochastic;

/// <summary>Streaming stochastic oscillator.</summary>
public sealed class StochasticIndicator : StreamingIndicator<StochasticResult>
{
    private readonly RollingExtreme _highest;
    private readonly RollingExtreme _lowest;
    private readonly RollingSum _smooth;
    private readonly RollingSum _signal;
    private readonly int _smoothPeriod;
    private readonly int _signalPeriod;

    public StochasticIndicator(int period = 14, int signalPeriod = 3, int smoothPeriod = 3)
    {
        StochasticSeries.Validate(period, signalPeriod, smoothPeriod);
        (_highest, _lowest) = (RollingExtreme.Highest(period), RollingExtreme.Lowest(period));
        (_smooth, _signal) = (new RollingSum(smoothPeriod), new RollingSum(signalPeriod));
        (_smoothPeriod, _signalPeriod) = (smoothPeriod, signalPeriod);
    }

    protected override void Commit()
    {
        _highest.Commit();
        _lowest.Commit();
        _smooth.Commit();
        _signal.Commit();
    }

    protected override StochasticResult Compute(in OhlcvBar bar)
    {
        var highest = _highest.Next(bar.High);
        if (_lowest.Next(bar.Low) is not { } lowest || highest is not { } high)
        {
            return new(bar.Time, null, null);
        }

        var raw = high > lowest ? 100 * (bar.Close - lowest) / (high - lowest) : 0;
        if (_smooth.Next(raw) / _smoothPeriod is not { } k)
        {
            return new(bar.Time, null, null);
        }

        return new(bar.Time, k, _signal.Next(k) / _signalPeriod);
    }
}
