using System.Collections.Concurrent;
using TradingDashboard.Core.Messaging;

namespace TradingDashboard.Tests.Unit.Simulation.Fakes;

/// <summary>Keeps every published message; can be told to fail.</summary>
internal sealed class RecordingEventPublisher : IEventPublisher
{
    private readonly ConcurrentQueue<PublishedMessage> _messages = new();
    private int _attempts;

    public bool Fail { get; set; }

    public int Attempts => Volatile.Read(ref _attempts);

    public IReadOnlyList<PublishedMessage> Messages => [.. _messages];

    public Task PublishAsync(string routingKey, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        if (Fail)
        {
            throw new MessagingException("Broker unreachable (test).");
        }

        _messages.Enqueue(new PublishedMessage(routingKey, body.ToArray()));
        return Task.CompletedTask;
    }
}
