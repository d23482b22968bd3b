using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Events;
using TradingDashboard.Core.Messaging;
using TradingDashboard.Core.Messaging.RabbitMq;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Messaging;

public sealed class RabbitMqEventPublisherTests(RabbitMqVhostFixture broker) : IClassFixture<RabbitMqVhostFixture>
{
    [Fact]
    public async Task PublishAsync_QueueBound_ConfirmedAndDelivered()
    {
        var options = Options();
        await using (var channel = await broker.CreateChannelAsync())
        {
            await RabbitMqTopology.DeclareAsync(channel, options.Value.RabbitMq, CancellationToken.None);
        }

        await using var publisher = new RabbitMqEventPublisher(options, NullLogger<RabbitMqEventPublisher>.Instance);
        var accountId = Guid.NewGuid();
        var body = TestEvents.Tick(accountId, "EURUSD", 1.1m, 1.2m, 1);

        await publisher.PublishAsync(RoutingKeys.For(accountId, EventTypes.PriceTick), body, CancellationToken.None);

        var delivered = Assert.Single(await broker.GetMessagesAsync("backend.mt5.events"));
        Assert.Equal(body, delivered.Body);
        Assert.Equal($"account.{accountId}.price.tick", delivered.RoutingKey);
    }

    [Fact]
    public async Task PublishAsync_NothingBoundForKey_ThrowsUnroutableInsteadOfLosingIt()
    {
        await using var publisher = new RabbitMqEventPublisher(Options(), NullLogger<RabbitMqEventPublisher>.Instance);

        // Only account.# is bound; this key reaches no queue, so the broker returns the message.
        var error = await Assert.ThrowsAsync<MessagingException>(() =>
            publisher.PublishAsync("bridge.heartbeat", "{}"u8.ToArray(), CancellationToken.None));

        Assert.Contains("Unroutable", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, publisher.Returned);
    }

    private IOptions<MessagingOptions> Options()
    {
        var options = new MessagingOptions { Transport = TransportKind.RabbitMq };
        options.RabbitMq.HostName = RabbitMqBroker.HostName;
        options.RabbitMq.Port = RabbitMqBroker.Port;
        options.RabbitMq.UserName = RabbitMqBroker.UserName;
        options.RabbitMq.Password = RabbitMqBroker.Password;
        options.RabbitMq.VirtualHost = broker.VirtualHost;
        return Microsoft.Extensions.Options.Options.Create(options);
    }
}
