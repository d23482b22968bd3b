using System.Text;
using RabbitMQ.Client;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>A message taken from a queue with <c>basic.get</c>, copied out of the client's buffers.</summary>
public sealed record QueueMessage(string Exchange, string RoutingKey, byte[] Body, IReadOnlyDictionary<string, object?> Headers, bool Redelivered)
{
    public static QueueMessage From(BasicGetResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var headers = result.BasicProperties.Headers is { } h
            ? new Dictionary<string, object?>(h)
            : new Dictionary<string, object?>();
        return new QueueMessage(result.Exchange, result.RoutingKey, result.Body.ToArray(), headers, result.Redelivered);
    }

    /// <summary>A header as text; AMQP delivers string headers as UTF-8 bytes.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value)
        ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            null => null,
            _ => value.ToString(),
        }
        : null;
}
