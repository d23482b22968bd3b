using System.Diagnostics;
using TradingDashboard.Benchmarks.Dashboard;
using TradingDashboard.Benchmarks.Reporting;
using TradingDashboard.Benchmarks.Throughput;
using TradingDashboard.Benchmarks.Workload;

namespace TradingDashboard.Benchmarks.InMemory;

/// <summary>
/// The pipeline alone: the same stack and ticks, fed in a loop from memory with one hub
/// subscriber reading. No broker, so this is the ceiling the consumer could reach.
/// </summary>
internal static class PipelineRateBenchmark
{
    public static async Task<IReadOnlyList<ThroughputRun>> RunAsync(BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"== pipeline in memory: {settings.Messages:N0} price.tick per run, {settings.Symbols} symbols, {settings.Subscribers} {settings.Reader} hub subscriber(s)");
        await RunOnceAsync(settings, Math.Min(settings.Messages, Math.Max(5_000, settings.Messages / 10)), "warm-up", cancellationToken);
        var runs = new List<ThroughputRun>();
        for (var run = 1; run <= settings.Runs; run++)
        {
            runs.Add(await RunOnceAsync(settings, settings.Messages, $"run {run}", cancellationToken));
        }

        return runs;
    }

    private static async Task<ThroughputRun> RunOnceAsync(BenchmarkSettings settings, int messages, string label, CancellationToken cancellationToken)
    {
        await using var stack = await DashboardStack.CreateAsync(virtualHost: null, cancellationToken);
        var stream = new TickStream(stack.AccountId, DashboardConfiguration.BrokerLogin, settings.Symbols, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - messages);
        var bodies = stream.Range(0, messages);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var pipeline = stack.Pipeline;
        TimeSpan elapsed;
        ResourceUsage usage;
        long hubUpdates;
        await using (var reader = new HubReader(stack.Hub, stack.AccountId, settings.Subscribers, settings.Reader))
        {
            usage = ResourceUsage.Now();
            var watch = Stopwatch.StartNew();
            foreach (var body in bodies)
            {
                await pipeline.ProcessAsync(body, cancellationToken);
            }

            elapsed = watch.Elapsed;
            usage = ResourceUsage.Now().Since(usage);
            await Task.Delay(50, cancellationToken);
            hubUpdates = reader.Updates;
        }

        var stats = stack.Metrics.Snapshot();
        var result = new ThroughputRun("in-memory", messages, elapsed, stats, hubUpdates, 0, usage);
        Console.WriteLine(
            $"  in-memory {label,-7} {messages,9:N0} msgs in {elapsed.TotalSeconds,7:F3} s = {result.MessagesPerSecond,9:N0} msg/s  outcomes applied={stats.Applied:N0} duplicate={stats.Duplicates} stale={stats.Stale} rejected={stats.Rejected}  hub updates read={hubUpdates:N0}  {usage.PerMessage(messages)}");
        return result;
    }
}
