using RabbitMQ.Client;

namespace TradingDashboard.Core.Messaging.RabbitMq;

/// <summary>
/// Declares the event topology: topic exchange <c>mt5.events</c>, durable queue
/// <c>backend.mt5.events</c> bound to <c>account.#</c> that dead-letters to topic exchange
/// <c>mt5.events.dlx</c>, whose queue <c>backend.mt5.events.dlq</c> takes everything.
/// </summary>
public static class RabbitMqTopology
{
    public const string RejectReasonHeader = "x-reject-reason";
    public const string RejectDetailHeader = "x-reject-detail";
    public const string OriginalRoutingKeyHeader = "x-original-routing-key";
    public const string RejectedAtHeader = "x-rejected-at";

    public static async Task DeclareExchangesAsync(IChannel channel, RabbitMqOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(options);
        await channel.ExchangeDeclareAsync(options.Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.ExchangeDeclareAsync(options.DeadLetterExchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public static async Task DeclareAsync(IChannel channel, RabbitMqOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(options);
        await DeclareExchangesAsync(channel, options, cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(
            options.DeadLetterQueue,
            durable: true,
            exclusive: false,
            autoDelete: false,
            arguments: null,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueBindAsync(options.DeadLetterQueue, options.DeadLetterExchange, "#", cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(
            options.Queue,
            durable: true,
            exclusive: false,
            autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-dead-letter-exchange"] = options.DeadLetterExchange },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueBindAsync(options.Queue, options.Exchange, Events.RoutingKeys.AllAccounts, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
