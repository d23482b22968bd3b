using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Messaging;

/// <summary>Proves the vhost fixture against the real broker, so other messaging tests can rely on it.</summary>
public sealed class RabbitMqFixtureTests(RabbitMqVhostFixture broker) : IClassFixture<RabbitMqVhostFixture>
{
    [Fact]
    public async Task GetMessagesAsync_AfterPublishToDeclaredQueue_ReturnsTheMessage()
    {
        const string queue = "fixture.sanity";
        await using (var channel = await broker.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false);
            var properties = new BasicProperties { Headers = new Dictionary<string, object?> { ["x-probe"] = "yes" } };
            await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, Encoding.UTF8.GetBytes("hello"));
        }

        Assert.Equal(1u, await broker.WaitForMessageCountAsync(queue, 1, TimeSpan.FromSeconds(10)));
        var message = Assert.Single(await broker.GetMessagesAsync(queue));
        Assert.Equal("hello", Encoding.UTF8.GetString(message.Body));
        Assert.Equal(queue, message.RoutingKey);
        Assert.Equal("yes", message.Header("x-probe"));
        Assert.Equal(0u, await broker.MessageCountAsync(queue));
    }

    [Fact]
    public async Task VirtualHost_IsIsolatedFromTheDefaultVhost()
    {
        const string queue = "fixture.isolation";
        await using (var channel = await broker.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false);
        }

        await using var connection = await RabbitMqBroker.CreateConnectionFactory("/").CreateConnectionAsync();
        await using var other = await connection.CreateChannelAsync();
        var error = await Assert.ThrowsAsync<OperationInterruptedException>(() => other.QueueDeclarePassiveAsync(queue));
        Assert.Equal((ushort)404, error.ShutdownReason?.ReplyCode);
    }

    [Fact]
    public async Task MessagingSettings_PointAtTheFixtureVhost()
    {
        var settings = broker.MessagingSettings;

        Assert.Equal("RabbitMq", settings["Messaging:Transport"]);
        Assert.Equal(broker.VirtualHost, settings["Messaging:RabbitMq:VirtualHost"]);
        var vhosts = await RabbitMqCtl.RunAsync(["list_vhosts", "name"]);
        Assert.Contains(broker.VirtualHost, vhosts.Split('\n', StringSplitOptions.TrimEntries));
    }
}
