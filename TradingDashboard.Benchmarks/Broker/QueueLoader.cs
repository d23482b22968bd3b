using RabbitMQ.Client;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Messaging.RabbitMq;

namespace TradingDashboard.Benchmarks.Broker;

/// <summary>Declares the event topology, empties the queue and fills it with confirmed, persistent messages.</summary>
internal static class QueueLoader
{
    private const int ConfirmBatch = 1_000;

    public static async Task ResetAsync(RabbitMqOptions options, CancellationToken cancellationToken)
    {
        await using var connection = await RabbitMqConnectionFactory.Create(options, "bench-loader").CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await RabbitMqTopology.DeclareAsync(channel, options, cancellationToken);
        await channel.QueuePurgeAsync(options.Queue, cancellationToken);
        await channel.QueuePurgeAsync(options.DeadLetterQueue, cancellationToken);
    }

    /// <returns>The queues afterwards.</returns>
    public static async Task<QueueDepth> LoadAsync(RabbitMqOptions options, string routingKey, IReadOnlyList<byte[]> bodies, CancellationToken cancellationToken)
    {
        await ResetAsync(options, cancellationToken);
        await using var connection = await RabbitMqConnectionFactory.Create(options, "bench-loader").CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        var pending = new List<Task>(ConfirmBatch);
        foreach (var body in bodies)
        {
            pending.Add(channel.BasicPublishAsync(options.Exchange, routingKey, mandatory: true, properties, body, cancellationToken).AsTask());
            if (pending.Count == ConfirmBatch)
            {
                await AwaitAllAsync(pending);
            }
        }

        await AwaitAllAsync(pending);
        return await DepthAsync(channel, options, cancellationToken);
    }

    /// <summary>Messages ready in the queue and its DLQ (unacked ones are not counted: close their consumer first).</summary>
    public static async Task<QueueDepth> DepthAsync(RabbitMqOptions options, CancellationToken cancellationToken)
    {
        await using var connection = await RabbitMqConnectionFactory.Create(options, "bench-probe").CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        return await DepthAsync(channel, options, cancellationToken);
    }

    private static async Task<QueueDepth> DepthAsync(IChannel channel, RabbitMqOptions options, CancellationToken cancellationToken)
    {
        var queue = await channel.QueueDeclarePassiveAsync(options.Queue, cancellationToken);
        var deadLetters = await channel.QueueDeclarePassiveAsync(options.DeadLetterQueue, cancellationToken);
        return new QueueDepth(queue.MessageCount, deadLetters.MessageCount);
    }

    private static async Task AwaitAllAsync(List<Task> pending)
    {
        await Task.WhenAll(pending);
        pending.Clear();
    }
}
