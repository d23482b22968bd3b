using System.Globalization;
using System.Runtime;
using TradingDashboard.Benchmarks.Latency;
using TradingDashboard.Benchmarks.Throughput;

namespace TradingDashboard.Benchmarks.Reporting;

/// <summary>The final block: the figures the issue asks for, then how they were obtained.</summary>
internal static class SummaryPrinter
{
    public static void Print(BenchmarkSummary summary)
    {
        Console.WriteLine();
        Console.WriteLine("==================== SUMMARY ====================");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {GCSettings.IsServerGC}, {DateTimeOffset.UtcNow:u}");
        if (summary.Pipeline is { Count: > 0 } pipeline)
        {
            Console.WriteLine($"pipeline in memory (ceiling, {summary.Settings.Subscribers} {summary.Settings.Reader} hub subscriber(s)):  median {Rate(Statistics.Median(pipeline.Select(r => r.MessagesPerSecond)))}  runs [{Rates(pipeline)}]  {Cost(pipeline)}");
        }

        if (summary.Throughput is { } throughput)
        {
            PrintThroughput(throughput, summary.Settings);
        }

        if (summary.Latency is { } latency)
        {
            PrintLatency(latency);
        }

        Console.WriteLine("=================================================");
    }

    private static void PrintThroughput(ThroughputResult t, BenchmarkSettings settings)
    {
        Console.WriteLine($"throughput, {t.Bare[0].Messages:N0} pre-published ticks per run, {t.Bare.Count} alternating runs each, {settings.Subscribers} {settings.Reader} hub subscriber(s):");
        Console.WriteLine($"  bare RabbitMQ.Client ack-only: median {Rate(t.BareMedian)}  runs [{Rates(t.Bare)}]  {Cost(t.Bare)}");
        Console.WriteLine($"  dashboard consumer+pipeline:   median {Rate(t.DashboardMedian)}  runs [{Rates(t.Dashboard)}]  {Cost(t.Dashboard)}");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  RATIO dashboard/bare (medians): {t.Ratio:F3}  goal >= {ThroughputResult.Goal:F2}: {(t.Ratio >= ThroughputResult.Goal ? "MET" : "NOT MET")}  median per-pair {Statistics.Median(t.PairRatios):F3} [{string.Join(", ", t.PairRatios.Select(r => r.ToString("F3", CultureInfo.InvariantCulture)))}]"));
        var applied = t.Dashboard.Sum(r => r.Stats?.Applied ?? 0);
        var other = t.Dashboard.Sum(r => (r.Stats?.Duplicates ?? 0) + (r.Stats?.Stale ?? 0) + (r.Stats?.Rejected ?? 0));
        Console.WriteLine($"  dashboard outcomes over measured runs: applied {applied:N0}, duplicate/stale/rejected {other:N0}; every run fully acked: {t.Bare.Concat(t.Dashboard).All(r => r.LeftInQueue == 0)}");
        if (!t.Valid)
        {
            Console.WriteLine("  WARNING: not every message was applied and acked; the throughput figures are not comparable.");
        }
    }

    private static void PrintLatency(LatencyResult l)
    {
        var s = l.Sample;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"publish->hub latency at {l.Rate:N0} msg/s (achieved {l.Publish.AchievedRate:N0} msg/s, max {l.Publish.MaxBehindMs:F1} ms behind schedule, {l.Publish.Unconfirmed} unconfirmed):"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  each QuoteUpdate read:   p50 {s.Total(50):F3} ms  p90 {s.Total(90):F3} ms  p99 {s.Total(99):F3} ms  max {s.Total(100):F3} ms  (n={s.Received:N0})"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  every tick, incl. coalesced (until it or a newer quote of its symbol was read): p50 {s.Fresh(50):F3} ms  p90 {s.Fresh(90):F3} ms  p99 {s.Fresh(99):F3} ms  max {s.Fresh(100):F3} ms  (n={s.FreshMs.Length:N0})"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  legs: sent_at->applied p50 {s.ToPipeline(50):F3} / p99 {s.ToPipeline(99):F3} ms; applied->subscriber p50 {s.HandOff(50):F3} / p99 {s.HandOff(99):F3} ms"));
        Console.WriteLine(
            $"  measured messages: published {s.Published:N0}, seen by the hub subscriber {s.Received:N0}, coalesced away {s.Coalesced:N0}, evicted {s.Dropped}, unexpected {s.Unexpected}");
        var st = l.Stats;
        Console.WriteLine($"  pipeline (incl. {l.WarmupMessages:N0} warm-up): received {st.Received:N0}, applied {st.Applied:N0}, duplicate {st.Duplicates}, stale {st.Stale}, rejected {st.Rejected}");
    }

    private static string Rate(double perSecond) => $"{perSecond,9:N0} msg/s";

    /// <summary>Median CPU and allocation per message of this process.</summary>
    private static string Cost(IReadOnlyList<ThroughputRun> runs) => string.Create(
        CultureInfo.InvariantCulture,
        $"cpu {Statistics.Median(runs.Select(r => r.Usage.Cpu.TotalMicroseconds / r.Messages)):F1} us/msg, alloc {Statistics.Median(runs.Select(r => r.Usage.AllocatedBytes / (double)r.Messages)):N0} B/msg (medians)");

    private static string Rates(IEnumerable<ThroughputRun> runs) => string.Join(", ", runs.Select(r => r.MessagesPerSecond.ToString("N0", CultureInfo.InvariantCulture)));
}
