using TradingDashboard.Core.Indicators.Kernels;
using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.Ema;

/// <summary>Streaming exponential moving average of closes (SMA-seeded).</summary>
public sealed class EmaIndicator : StreamingIndicator<EmaResult>
{
    private readonly ExponentialAverage _ema;

    public EmaIndicator(int period = 20)
    {
        EmaSeries.Validate(period);
        _ema = ExponentialAverage.Ema(period);
    }

    protected override void Commit() => _ema.Commit();

    protected override EmaResult Compute(in OhlcvBar bar) => new(bar.Time, _ema.Next(bar.Close));
}
