using TradingDashboard.Core.Indicators.Kernels;
using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.Sma;

/// <summary>Streaming simple moving average of closes.</summary>
public sealed class SmaIndicator : StreamingIndicator<SmaResult>
{
    private readonly int _period;
    private readonly RollingSum _sum;

    public SmaIndicator(int period = 20)
    {
        SmaSeries.Validate(period);
        (_period, _sum) = (period, new RollingSum(period));
    }

    protected override void Commit() => _sum.Commit();

    protected override SmaResult Compute(in OhlcvBar bar) => new(bar.Time, _sum.Next(bar.Close) / _period);
}
