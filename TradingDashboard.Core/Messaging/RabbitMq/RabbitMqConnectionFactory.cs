using RabbitMQ.Client;

namespace TradingDashboard.Core.Messaging.RabbitMq;

/// <summary>Builds connections with automatic recovery, topology recovery and heartbeats from options.</summary>
internal static class RabbitMqConnectionFactory
{
    public static ConnectionFactory Create(RabbitMqOptions options, string purpose) => new()
    {
        HostName = options.HostName,
        Port = options.Port,
        UserName = options.UserName,
        Password = options.Password,
        VirtualHost = options.VirtualHost,
        AutomaticRecoveryEnabled = true,
        TopologyRecoveryEnabled = true,
        NetworkRecoveryInterval = TimeSpan.FromSeconds(2),
        RequestedHeartbeat = TimeSpan.FromSeconds(options.HeartbeatSeconds),
        ClientProvidedName = $"{options.ClientName}:{purpose}",
        ConsumerDispatchConcurrency = 1,
    };
}
