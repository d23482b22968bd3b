using TradingDashboard.Core.Indicators;

namespace TradingDashboard.Tests.Unit.Indicators.Streaming;

/// <summary>How a live bar reaches an indicator: revised a few times before its final values.</summary>
internal static class FormingBar
{
    /// <summary>Open only; then a spike wider than the final range closing at its low (stresses the roll-back); then the bar.</summary>
    public static OhlcvBar[] Revisions(in OhlcvBar bar)
    {
        var stretch = bar.High - bar.Low + 1;
        return
        [
            bar with { High = bar.Open, Low = bar.Open, Close = bar.Open, Volume = 0 },
            bar with { High = bar.High + stretch, Low = bar.Low - stretch, Close = bar.Low - stretch, Volume = bar.Volume / 2 },
            bar,
        ];
    }
}
