using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using TradingDashboard.Benchmarks.Broker;
using TradingDashboard.Benchmarks.Reporting;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Messaging.RabbitMq;

namespace TradingDashboard.Benchmarks.Throughput;

/// <summary>
/// The baseline: RabbitMQ.Client alone, set up like the dashboard's consumer (same connection
/// factory, topology declaration, prefetch and per-message manual ack from an
/// AsyncEventingBasicConsumer) but doing nothing with the body.
/// </summary>
internal static class BareAckConsumer
{
    public static async Task<ThroughputRun> RunAsync(MessagingOptions messaging, int expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var settings = messaging.RabbitMq;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long acked = 0;
        var usage = ResourceUsage.Now();
        var watch = Stopwatch.StartNew();
        TimeSpan elapsed;
        await using (var connection = await RabbitMqConnectionFactory.Create(settings, "bench-bare").CreateConnectionAsync(cancellationToken))
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            await RabbitMqTopology.DeclareAsync(channel, settings, cancellationToken);
            await channel.BasicQosAsync(0, settings.Prefetch, global: false, cancellationToken);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
                if (Interlocked.Increment(ref acked) == expected)
                {
                    done.TrySetResult();
                }
            };
            await channel.BasicConsumeAsync(settings.Queue, autoAck: false, consumer, cancellationToken);
            await done.Task.WaitAsync(timeout, cancellationToken);
            elapsed = watch.Elapsed;
            usage = ResourceUsage.Now().Since(usage);
        }

        var depth = await QueueLoader.DepthAsync(settings, cancellationToken);
        return new ThroughputRun("bare", expected, elapsed, null, 0, depth.Ready, usage);
    }
}
