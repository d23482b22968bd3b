using System.Globalization;
using RabbitMQ.Client;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>
/// The real broker the integration tests talk to (started by <c>build/test.sh</c>), read from
/// <c>TD_RABBITMQ_HOST</c>, <c>TD_RABBITMQ_PORT</c>, <c>TD_RABBITMQ_USER</c> and <c>TD_RABBITMQ_PASSWORD</c>.
/// </summary>
public static class RabbitMqBroker
{
    public static string HostName { get; } = Setting("TD_RABBITMQ_HOST", "127.0.0.1");

    public static int Port { get; } = int.Parse(Setting("TD_RABBITMQ_PORT", "5672"), CultureInfo.InvariantCulture);

    public static string UserName { get; } = Setting("TD_RABBITMQ_USER", "guest");

    public static string Password { get; } = Setting("TD_RABBITMQ_PASSWORD", "guest");

    public static ConnectionFactory CreateConnectionFactory(string virtualHost) => new()
    {
        HostName = HostName,
        Port = Port,
        UserName = UserName,
        Password = Password,
        VirtualHost = virtualHost,
        ClientProvidedName = "trading-dashboard-tests",
        AutomaticRecoveryEnabled = false,
    };

    /// <summary>The <c>Messaging</c> settings that point the dashboard at this broker and virtual host.</summary>
    public static Dictionary<string, string?> MessagingSettings(string virtualHost) => new()
    {
        ["Messaging:Transport"] = "RabbitMq",
        ["Messaging:RabbitMq:HostName"] = HostName,
        ["Messaging:RabbitMq:Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Messaging:RabbitMq:UserName"] = UserName,
        ["Messaging:RabbitMq:Password"] = Password,
        ["Messaging:RabbitMq:VirtualHost"] = virtualHost,
    };

    public static async Task AddVirtualHostAsync(string virtualHost, CancellationToken cancellationToken = default)
    {
        await RabbitMqCtl.RunAsync(["add_vhost", virtualHost], cancellationToken);
        await RabbitMqCtl.RunAsync(["set_permissions", "-p", virtualHost, UserName, ".*", ".*", ".*"], cancellationToken);
    }

    public static Task DeleteVirtualHostAsync(string virtualHost, CancellationToken cancellationToken = default) =>
        RabbitMqCtl.RunAsync(["delete_vhost", virtualHost], cancellationToken);

    /// <summary>Stops the RabbitMQ application (the Erlang node stays up): every connection drops.</summary>
    /// <remarks>Use only from tests in <see cref="BrokerOutageCollection"/>, which run alone.</remarks>
    public static Task StopAppAsync(CancellationToken cancellationToken = default) =>
        RabbitMqCtl.RunAsync(["stop_app"], cancellationToken);

    /// <summary>Starts the RabbitMQ application again and waits until it accepts connections.</summary>
    public static async Task StartAppAsync(CancellationToken cancellationToken = default)
    {
        await RabbitMqCtl.RunAsync(["start_app"], cancellationToken);
        await RabbitMqCtl.RunAsync(["await_startup"], cancellationToken);
    }

    private static string Setting(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
