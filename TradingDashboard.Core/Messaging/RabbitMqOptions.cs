using System.ComponentModel.DataAnnotations;

namespace TradingDashboard.Core.Messaging;

/// <summary>Broker connection and topology settings (<c>Messaging:RabbitMq</c>).</summary>
public sealed class RabbitMqOptions
{
    [Required]
    public string HostName { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 5672;

    [Required]
    public string UserName { get; set; } = "guest";

    [Required]
    public string Password { get; set; } = "guest";

    public string VirtualHost { get; set; } = "/";

    [Range(1, 65535)]
    public ushort Prefetch { get; set; } = 200;

    [Range(0, 600)]
    public int HeartbeatSeconds { get; set; } = 30;

    public string Exchange { get; set; } = "mt5.events";

    public string Queue { get; set; } = "backend.mt5.events";

    public string DeadLetterExchange { get; set; } = "mt5.events.dlx";

    public string DeadLetterQueue { get; set; } = "backend.mt5.events.dlq";

    /// <summary>Off for a process that only publishes (the standalone bridge simulator).</summary>
    public bool ConsumerEnabled { get; set; } = true;

    public string ClientName { get; set; } = "trading-dashboard";
}
