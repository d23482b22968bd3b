using TradingDashboard.Core.Indicators.Kernels;
using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.Wma;

/// <summary>Streaming weighted moving average of closes.</summary>
public sealed class WmaIndicator : StreamingIndicator<WmaResult>
{
    private readonly double _divisor;
    private readonly WeightedSum _sum;

    public WmaIndicator(int period = 20)
    {
        WmaSeries.Validate(period);
        (_divisor, _sum) = (period * (period + 1) / 2.0, new WeightedSum(period));
    }

    protected override void Commit() => _sum.Commit();

    protected override WmaResult Compute(in OhlcvBar bar) => new(bar.Time, _sum.Next(bar.Close) / _divisor);
}
