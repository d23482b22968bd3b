using TradingDashboard.Benchmarks.Broker;
using TradingDashboard.Benchmarks.Dashboard;
using TradingDashboard.Benchmarks.Workload;
using TradingDashboard.Core.Messaging;

namespace TradingDashboard.Benchmarks.Throughput;

/// <summary>
/// Pre-publishes N ticks, then times a consumer draining them: bare and dashboard alternately,
/// after one smaller warm-up pair that is reported but not counted.
/// </summary>
internal static class ThroughputBenchmark
{
    public static async Task<ThroughputResult> RunAsync(BenchmarkSettings settings, string virtualHost, CancellationToken cancellationToken)
    {
        var messaging = DashboardConfiguration.Messaging(virtualHost);
        Console.WriteLine($"== throughput: {settings.Messages:N0} price.tick per run, {settings.Symbols} symbols, {settings.Subscribers} {settings.Reader} hub subscriber(s), prefetch {messaging.RabbitMq.Prefetch}, vhost {virtualHost}");
        var warmup = Math.Min(settings.Messages, Math.Max(5_000, settings.Messages / 10));
        await RunBareAsync(settings, messaging, warmup, "warm-up", cancellationToken);
        await RunDashboardAsync(settings, virtualHost, warmup, "warm-up", cancellationToken);

        var bare = new List<ThroughputRun>();
        var dashboard = new List<ThroughputRun>();
        for (var run = 1; run <= settings.Runs; run++)
        {
            bare.Add(await RunBareAsync(settings, messaging, settings.Messages, $"run {run}", cancellationToken));
            dashboard.Add(await RunDashboardAsync(settings, virtualHost, settings.Messages, $"run {run}", cancellationToken));
        }

        return new ThroughputResult(bare, dashboard);
    }

    private static async Task<ThroughputRun> RunBareAsync(BenchmarkSettings settings, MessagingOptions messaging, int messages, string label, CancellationToken cancellationToken)
    {
        var stream = NewStream(Guid.NewGuid(), settings, messages);
        await LoadAsync(messaging, stream, messages, cancellationToken);
        var run = await BareAckConsumer.RunAsync(messaging, messages, TimeoutFor(messages), cancellationToken);
        Report(label, run);
        return run;
    }

    private static async Task<ThroughputRun> RunDashboardAsync(BenchmarkSettings settings, string virtualHost, int messages, string label, CancellationToken cancellationToken)
    {
        await using var stack = await DashboardStack.CreateAsync(virtualHost, cancellationToken);
        var stream = NewStream(stack.AccountId, settings, messages);
        await LoadAsync(stack.Messaging, stream, messages, cancellationToken);
        var run = await DashboardConsumerRun.RunAsync(stack, messages, settings.Subscribers, settings.Reader, TimeoutFor(messages), cancellationToken);
        Report(label, run);
        return run;
    }

    private static TickStream NewStream(Guid accountId, BenchmarkSettings settings, int messages) =>
        new(accountId, DashboardConfiguration.BrokerLogin, settings.Symbols, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - messages);

    private static async Task LoadAsync(MessagingOptions messaging, TickStream stream, int messages, CancellationToken cancellationToken)
    {
        var depth = await QueueLoader.LoadAsync(messaging.RabbitMq, stream.RoutingKey, stream.Range(0, messages), cancellationToken);
        if (depth.Ready != messages)
        {
            throw new InvalidOperationException($"Expected {messages} messages in the queue after loading, found {depth.Ready}.");
        }

        // Start every timed run from a collected heap, so one run's garbage is not billed to the next.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static TimeSpan TimeoutFor(int messages) => TimeSpan.FromSeconds(60 + (messages / 1_000));

    private static void Report(string label, ThroughputRun run)
    {
        var line = $"  {run.Variant,-9} {label,-7} {run.Messages,9:N0} msgs in {run.Elapsed.TotalSeconds,7:F3} s = {run.MessagesPerSecond,9:N0} msg/s  {run.Usage.PerMessage(run.Messages)}  left in queue {run.LeftInQueue}";
        if (run.Stats is { } s)
        {
            line += $"  outcomes applied={s.Applied:N0} duplicate={s.Duplicates} stale={s.Stale} rejected={s.Rejected}  hub updates read={run.HubUpdates:N0}";
        }

        Console.WriteLine(line);
    }
}
