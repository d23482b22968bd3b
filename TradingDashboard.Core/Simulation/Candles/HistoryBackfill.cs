using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Core.Simulation.Candles;

/// <summary>
/// A plausible past for a symbol, so a chart opens with history on a fresh start: M1 bars from
/// the same driftless GBM the live feed uses, in 15-second steps, scaled so the path ends exactly
/// at the current bid, then aggregated up to every kept timeframe. The walk runs in double (it is
/// noise); bars are decimal, rounded to the symbol's digits.
/// </summary>
internal static class HistoryBackfill
{
    private const int StepsPerMinute = 4;
    private const double SecondsPerYear = 365.25 * 24 * 3600;
    private const double StepSeconds = 60.0 / StepsPerMinute;

    /// <param name="minutes">Whole minutes of history before the minute of <paramref name="end"/>.</param>
    /// <param name="ticksPerStep">Tick volume one step stands for, so history looks like the live feed.</param>
    public static Dictionary<Timeframe, BackfilledSeries> Generate(
        SymbolSpec symbol, decimal endBid, DateTimeOffset end, int minutes, double annualVolatility, long ticksPerStep, Random random, int keep)
    {
        var lastMinute = Timeframe.M1.BarOpen(end);
        var stepsInLast = 1 + (int)Math.Floor((end - lastMinute).TotalSeconds / StepSeconds);
        var logs = Walk((minutes * StepsPerMinute) + stepsInLast + 1, annualVolatility, random);

        // The last point is the end itself; every price is scaled so that it equals the current bid (in points).
        var scale = (double)endBid / Math.Exp(logs[^1]) * Math.Pow(10, symbol.Digits);
        var m1 = new List<CandleBar>(minutes + 1);
        for (var minute = 0; minute <= minutes; minute++)
        {
            var first = minute * StepsPerMinute;
            var count = minute < minutes ? StepsPerMinute : stepsInLast + 1;
            double open = logs[first], high = open, low = open;
            for (var k = first + 1; k < first + count; k++)
            {
                high = Math.Max(high, logs[k]);
                low = Math.Min(low, logs[k]);
            }

            var last = minute == minutes;
            var close = last ? endBid : Price(logs[first + count - 1], scale, symbol.Digits);
            m1.Add(new CandleBar(
                lastMinute.AddMinutes(minute - minutes),
                Price(open, scale, symbol.Digits),
                Math.Max(Price(high, scale, symbol.Digits), close),
                Math.Min(Price(low, scale, symbol.Digits), close),
                close,
                count * ticksPerStep,
                symbol.BaseSpreadPoints));
        }

        return CandleBook.Kept.ToDictionary(tf => tf, tf => Split(tf == Timeframe.M1 ? m1 : Aggregate(m1, tf), keep));
    }

    /// <summary>Bars of <paramref name="timeframe"/> from M1 bars: first open, highest high, lowest low, last close, summed volume.</summary>
    public static List<CandleBar> Aggregate(IReadOnlyList<CandleBar> m1, Timeframe timeframe)
    {
        var bars = new List<CandleBar>();
        var start = 0;
        while (start < m1.Count)
        {
            var open = timeframe.BarOpen(m1[start].Time);
            var next = timeframe == Timeframe.MN1 ? open.AddMonths(1) : open + timeframe.Length()!.Value;
            decimal high = m1[start].High, low = m1[start].Low;
            var volume = 0L;
            var end = start;
            for (; end < m1.Count && m1[end].Time < next; end++)
            {
                high = Math.Max(high, m1[end].High);
                low = Math.Min(low, m1[end].Low);
                volume += m1[end].TickVolume;
            }

            bars.Add(new CandleBar(open, m1[start].Open, high, low, m1[end - 1].Close, volume, m1[end - 1].Spread));
            start = end;
        }

        return bars;
    }

    private static double[] Walk(int points, double annualVolatility, Random random)
    {
        var dt = StepSeconds / SecondsPerYear;
        var drift = -0.5 * annualVolatility * annualVolatility * dt;
        var shock = annualVolatility * Math.Sqrt(dt);
        var logs = new double[points];
        for (var k = 1; k < points; k++)
        {
            logs[k] = logs[k - 1] + drift + (shock * NormalSampler.Next(random));
        }

        return logs;
    }

    // Whole points first, then an exact decimal with the symbol's scale: far cheaper than converting a double to decimal.
    private static decimal Price(double log, double scale, int digits)
    {
        var points = (long)Math.Round(scale * Math.Exp(log), MidpointRounding.AwayFromZero);
        return new decimal((int)(points & 0xFFFFFFFF), (int)(points >> 32), 0, points < 0, (byte)digits);
    }

    private static BackfilledSeries Split(List<CandleBar> bars, int keep) =>
        new(bars.GetRange(Math.Max(0, bars.Count - 1 - keep), Math.Min(keep, bars.Count - 1)), bars[^1]);
}
