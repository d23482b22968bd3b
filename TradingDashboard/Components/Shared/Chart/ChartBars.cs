using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Indicators;

namespace TradingDashboard.Components.Shared.Chart;

/// <summary>Conversions of candles to what indicators read and what <c>chart.js</c> draws.</summary>
public static class ChartBars
{
    /// <summary>Tick volume: MT5's real volume is zero for most CFD and FX symbols.</summary>
    public static OhlcvBar ToOhlcv(Candle candle)
    {
        ArgumentNullException.ThrowIfNull(candle);
        return new OhlcvBar(candle.Time, (double)candle.Open, (double)candle.High, (double)candle.Low, (double)candle.Close, candle.TickVolume);
    }

    /// <summary><c>[time (unix s), open, high, low, close, volume]</c>, the chart module's bar format.</summary>
    public static double[] ToWire(Candle candle)
    {
        ArgumentNullException.ThrowIfNull(candle);
        return [candle.Time.ToUnixTimeSeconds(), (double)candle.Open, (double)candle.High, (double)candle.Low, (double)candle.Close, candle.TickVolume];
    }
}
