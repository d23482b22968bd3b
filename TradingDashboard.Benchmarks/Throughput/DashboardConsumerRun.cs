using System.Diagnostics;
using TradingDashboard.Benchmarks.Broker;
using TradingDashboard.Benchmarks.Dashboard;
using TradingDashboard.Benchmarks.Reporting;

namespace TradingDashboard.Benchmarks.Throughput;

/// <summary>
/// The dashboard: its real RabbitMQ consumer hosted service feeding the real pipeline and hub,
/// with market-watch subscribers on the account's prices. Timed from starting the consumer
/// until the pipeline has counted every message.
/// </summary>
internal static class DashboardConsumerRun
{
    private const int PollMilliseconds = 5;

    public static async Task<ThroughputRun> RunAsync(DashboardStack stack, int expected, int subscribers, ReaderPacing pacing, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var settings = stack.Messaging.RabbitMq;
        TimeSpan elapsed;
        ResourceUsage usage;
        long hubUpdates;
        await using (var reader = new HubReader(stack.Hub, stack.AccountId, subscribers, pacing))
        {
            usage = ResourceUsage.Now();
            var watch = Stopwatch.StartNew();
            await stack.StartConsumerAsync(cancellationToken);
            while (stack.Metrics.Snapshot().Received < expected)
            {
                if (watch.Elapsed > timeout)
                {
                    throw new TimeoutException($"The dashboard consumer processed {stack.Metrics.Snapshot().Received} of {expected} messages in {timeout}.");
                }

                await Task.Delay(PollMilliseconds, cancellationToken);
            }

            elapsed = watch.Elapsed;
            usage = ResourceUsage.Now().Since(usage);

            // The last ack follows the last count; let it reach the broker before closing.
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            await stack.StopConsumerAsync();
            hubUpdates = reader.Updates;
        }

        var depth = await QueueLoader.DepthAsync(settings, cancellationToken);
        return new ThroughputRun("dashboard", expected, elapsed, stack.Metrics.Snapshot(), hubUpdates, depth.Ready, usage);
    }
}
