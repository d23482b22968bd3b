using TradingDashboard.Core.Indicators.Kernels;
using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.Donchian;

/// <summary>Streaming Donchian channel over highs and lows.</summary>
public sealed class DonchianIndicator : StreamingIndicator<DonchianResult>
{
    private readonly RollingExtreme _highest;
    private readonly RollingExtreme _lowest;

    public DonchianIndicator(int period = 20)
    {
        DonchianSeries.Validate(period);
        (_highest, _lowest) = (RollingExtreme.Highest(period), RollingExtreme.Lowest(period));
    }

    protected override void Commit()
    {
        _highest.Commit();
        _lowest.Commit();
    }

    protected override DonchianResult Compute(in OhlcvBar bar)
    {
        var highest = _highest.Next(bar.High);
        if (_lowest.Next(bar.Low) is not { } lower || highest is not { } upper)
        {
            return new(bar.Time, null, null, null, null);
        }

        var center = (upper + lower) / 2;
        return new(bar.Time, upper, center, lower, center != 0 ? (upper - lower) / center : null);
    }
}
