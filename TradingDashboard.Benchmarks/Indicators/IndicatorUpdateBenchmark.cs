using System.Diagnostics;
using System.Globalization;
using TradingDashboard.Core.Indicators;

namespace TradingDashboard.Benchmarks.Indicators;

/// <summary>
/// Cost of one update of EMA+RSI+MACD+Bollinger+ATR (three revisions per bar: open-only, mid, final) streamed,
/// against recomputing the five over the last 500 bars on every update. Stopwatch harness: a warm-up long
/// enough for tiered JIT, then several measured runs; the median run is reported.
/// </summary>
internal static class IndicatorUpdateBenchmark
{
    private const int Window = 500;
    private const int StreamingUpdates = 300_000;
    private const int RecomputeUpdates = 3_000;
    private const int Runs = 7;

    public static void Run()
    {
        var streaming = MeasureStreaming();
        var recompute = MeasureRecompute();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"streaming  EMA(20)+RSI(14)+MACD(12,26,9)+BB(20,2)+ATR(14): {streaming:F1} ns/update (median of {Runs} runs x {StreamingUpdates:N0} updates, 3 revisions per bar)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recompute  same five over a {Window}-bar window:            {recompute:F1} ns/update (median of {Runs} runs x {RecomputeUpdates:N0} updates)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio      recompute / streaming: {recompute / streaming:F0}x"));
    }

    private static double MeasureStreaming()
    {
        var source = new SyntheticBars(seed: 42);
        var indicators = new FiveIndicators();
        var updates = new OhlcvBar[StreamingUpdates];
        var sink = 0.0;
        for (var warmup = 0; warmup < 3; warmup++)
        {
            source.FillUpdates(updates);
            sink += Stream(indicators, updates);
        }

        var samples = new double[Runs];
        for (var run = 0; run < Runs; run++)
        {
            source.FillUpdates(updates);
            var started = Stopwatch.GetTimestamp();
            sink += Stream(indicators, updates);
            samples[run] = Stopwatch.GetElapsedTime(started).TotalNanoseconds / updates.Length;
        }

        GC.KeepAlive(sink);
        return Median(samples);
    }

    private static double Stream(FiveIndicators indicators, OhlcvBar[] updates)
    {
        var sum = 0.0;
        foreach (ref readonly var bar in updates.AsSpan())
        {
            sum += indicators.Update(bar);
        }

        return sum;
    }

    private static double MeasureRecompute()
    {
        var source = new SyntheticBars(seed: 7);
        var history = new OhlcvBar[Window + (RecomputeUpdates / 3) + 1];
        var updates = new OhlcvBar[RecomputeUpdates];
        var window = new OhlcvBar[Window];
        var sink = 0.0;
        var samples = new double[Runs];
        for (var run = -2; run < Runs; run++)
        {
            for (var i = 0; i < history.Length; i++)
            {
                history[i] = source.NextBar();
            }

            source.FillUpdates(updates);
            var started = Stopwatch.GetTimestamp();
            for (var u = 0; u < updates.Length; u++)
            {
                // The closed bars before the forming one, then the forming bar as revised.
                Array.Copy(history, u / 3, window, 0, Window - 1);
                window[Window - 1] = updates[u] with { Time = history[(u / 3) + Window - 2].Time.AddMinutes(1) };
                sink += FiveIndicators.Recompute(window);
            }

            if (run >= 0)
            {
                samples[run] = Stopwatch.GetElapsedTime(started).TotalNanoseconds / updates.Length;
            }
        }

        GC.KeepAlive(sink);
        return Median(samples);
    }

    private static double Median(double[] samples)
    {
        Array.Sort(samples);
        return samples[samples.Length / 2];
    }
}
