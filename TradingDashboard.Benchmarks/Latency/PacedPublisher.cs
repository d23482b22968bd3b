using System.Diagnostics;
using RabbitMQ.Client;
using TradingDashboard.Benchmarks.Workload;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Messaging.RabbitMq;

namespace TradingDashboard.Benchmarks.Latency;

/// <summary>
/// Publishes at a steady rate like a bridge: message i is due at start + i / rate on the
/// Stopwatch, and each wake-up sends every message that is due, so timer jitter never
/// accumulates into drift. Confirms and mandatory are on, but confirms are collected in
/// the background rather than awaited per message.
/// </summary>
internal static class PacedPublisher
{
    public static async Task<PublishReport> PublishAsync(
        RabbitMqOptions options,
        TickStream stream,
        LatencyProbe probe,
        int count,
        int rate,
        CancellationToken cancellationToken)
    {
        await using var connection = await RabbitMqConnectionFactory.Create(options, "bench-publisher").CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        var confirms = new Queue<Task>();
        var unconfirmed = 0;
        var interval = (double)Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();
        long first = 0;
        long last = 0;
        long maxBehind = 0;
        for (var i = 0; i < count;)
        {
            var now = Stopwatch.GetTimestamp();
            if (now < start + (long)(i * interval))
            {
                unconfirmed += Reap(confirms, waitForAll: false);
                await Task.Delay(1, cancellationToken);
                continue;
            }

            for (; i < count && start + (long)(i * interval) <= now; i++)
            {
                maxBehind = Math.Max(maxBehind, Stopwatch.GetTimestamp() - (start + (long)(i * interval)));
                var sentAt = DateTimeOffset.UtcNow;
                var body = stream.Serialize(i, sentAt);
                last = Stopwatch.GetTimestamp();
                first = i == 0 ? last : first;
                probe.MarkPublished(i, last, sentAt);
                confirms.Enqueue(channel.BasicPublishAsync(options.Exchange, stream.RoutingKey, mandatory: true, properties, body, cancellationToken).AsTask());
            }
        }

        try
        {
            await Task.WhenAll(confirms);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Counted below, one by one.
        }

        unconfirmed += Reap(confirms, waitForAll: true);
        var seconds = Stopwatch.GetElapsedTime(first, last).TotalSeconds;
        return new PublishReport(count, seconds > 0 ? (count - 1) / seconds : double.NaN, Stopwatch.GetElapsedTime(0, maxBehind).TotalMilliseconds, unconfirmed);
    }

    /// <returns>How many of the completed publishes failed.</returns>
    private static int Reap(Queue<Task> confirms, bool waitForAll)
    {
        var failed = 0;
        while (confirms.TryPeek(out var confirm) && (waitForAll || confirm.IsCompleted))
        {
            failed += confirms.Dequeue().IsCompletedSuccessfully ? 0 : 1;
        }

        return failed;
    }
}
