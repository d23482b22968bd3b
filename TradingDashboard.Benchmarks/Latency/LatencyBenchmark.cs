using System.Diagnostics;
using TradingDashboard.Benchmarks.Broker;
using TradingDashboard.Benchmarks.Dashboard;
using TradingDashboard.Benchmarks.Workload;

namespace TradingDashboard.Benchmarks.Latency;

/// <summary>
/// Steady-rate publish → RabbitMQ → the dashboard's consumer and pipeline → a hub subscriber.
/// Ticks rotate through several symbols like a market watch: the hub keeps only the newest
/// quote per symbol in a subscriber's buffer, so with N symbols an update is only coalesced
/// away when the reader falls N messages behind, and each one is reported as coalesced.
/// </summary>
internal static class LatencyBenchmark
{
    public static async Task<LatencyResult> RunAsync(BenchmarkSettings settings, string virtualHost, CancellationToken cancellationToken)
    {
        var warmup = settings.Rate * settings.WarmupSeconds;
        var measured = settings.Rate * settings.Seconds;
        var total = warmup + measured;
        Console.WriteLine($"== latency: {settings.Rate:N0} msg/s for {settings.Seconds} s ({measured:N0} measured) after {settings.WarmupSeconds} s warm-up, {settings.Symbols} symbols, vhost {virtualHost}");
        await using var stack = await DashboardStack.CreateAsync(virtualHost, cancellationToken);
        await QueueLoader.ResetAsync(stack.Messaging.RabbitMq, cancellationToken);
        var stream = new TickStream(stack.AccountId, DashboardConfiguration.BrokerLogin, settings.Symbols, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        await using var probe = new LatencyProbe(stack.Hub, stack.AccountId, stream, total);
        await stack.StartConsumerAsync(cancellationToken);
        var publish = await PacedPublisher.PublishAsync(stack.Messaging.RabbitMq, stream, probe, total, settings.Rate, cancellationToken);
        await WaitForPipelineAsync(stack, total, cancellationToken);

        // Give the subscriber its last read before stopping it.
        await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        var sample = await probe.StopAsync(warmup, measured);
        await stack.StopConsumerAsync();
        return new LatencyResult(settings.Rate, warmup, publish, sample, stack.Metrics.Snapshot());
    }

    private static async Task WaitForPipelineAsync(DashboardStack stack, int total, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (stack.Metrics.Snapshot().Received < total && watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(10, cancellationToken);
        }
    }
}
