using TradingDashboard.Core.Indicators;
using TradingDashboard.Core.Indicators.Atr;
using TradingDashboard.Core.Indicators.Bollinger;
using TradingDashboard.Core.Indicators.Ema;
using TradingDashboard.Core.Indicators.Macd;
using TradingDashboard.Core.Indicators.Rsi;

namespace TradingDashboard.Benchmarks.Indicators;

/// <summary>EMA(20), RSI(14), MACD(12,26,9), Bollinger(20,2) and ATR(14): streamed, or recomputed over a window.</summary>
internal sealed class FiveIndicators
{
    private readonly EmaIndicator _ema = new(20);
    private readonly RsiIndicator _rsi = new(14);
    private readonly MacdIndicator _macd = new(12, 26, 9);
    private readonly BollingerIndicator _bollinger = new(20, 2);
    private readonly AtrIndicator _atr = new(14);

    /// <summary>One streaming update of all five; the sum keeps the JIT from dropping the work.</summary>
    public double Update(in OhlcvBar bar) =>
        (_ema.Add(bar).Ema ?? 0)
        + (_rsi.Add(bar).Rsi ?? 0)
        + (_macd.Add(bar).Histogram ?? 0)
        + (_bollinger.Add(bar).Upper ?? 0)
        + (_atr.Add(bar).Atr ?? 0);

    /// <summary>The naive alternative: the five whole-series forms over the window, keeping the last values.</summary>
    public static double Recompute(IReadOnlyList<OhlcvBar> window)
    {
        var last = window.Count - 1;
        return (EmaSeries.Calculate(window, 20)[last].Ema ?? 0)
            + (RsiSeries.Calculate(window, 14)[last].Rsi ?? 0)
            + (MacdSeries.Calculate(window, 12, 26, 9)[last].Histogram ?? 0)
            + (BollingerSeries.Calculate(window, 20, 2)[last].Upper ?? 0)
            + (AtrSeries.Calculate(window, 14)[last].Atr ?? 0);
    }
}
