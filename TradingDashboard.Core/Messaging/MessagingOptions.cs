using System.ComponentModel.DataAnnotations;

namespace TradingDashboard.Core.Messaging;

/// <summary>Event transport settings (<c>Messaging</c>).</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    public TransportKind Transport { get; set; } = TransportKind.InProcess;

    /// <summary>Larger messages are dead-lettered with reason <c>oversize</c>.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 256 * 1024;

    /// <summary>How many recent <c>event_id</c>s are remembered to drop redeliveries of market data.</summary>
    [Range(1000, 10_000_000)]
    public int DedupeWindow { get; set; } = 100_000;

    /// <summary>Capacity of the in-process transport's queue; publishers wait when it is full.</summary>
    [Range(16, 1_000_000)]
    public int InProcessCapacity { get; set; } = 10_000;

    public RabbitMqOptions RabbitMq { get; set; } = new();
}
