using Microsoft.EntityFrameworkCore;
using TradingDashboard.Core.Events;
using TradingDashboard.Tests.Infrastructure;

namespace TradingDashboard.Tests.Integration.Messaging;

/// <summary>Stops and starts the real broker under a running consumer.</summary>
[Collection(BrokerOutageCollection.Name)]
public sealed class RabbitMqOutageTests(RabbitMqVhostFixture broker) : IClassFixture<RabbitMqVhostFixture>
{
    [Fact]
    public async Task Consume_BrokerStoppedAndStartedMidStream_NothingLostNothingDoubled()
    {
        await using var host = await ConsumerHost.StartAsync(broker.VirtualHost);
        const int total = 120;
        for (var i = 0; i < total; i++)
        {
            if (i == total / 3)
            {
                await RabbitMqBroker.StopAppAsync();
                await RabbitMqBroker.StartAppAsync();
            }

            await host.PublishWithRetryAsync(host.AccountId.ToString(), EventTypes.PositionClosed, TestEvents.PositionClosed(host.AccountId, 10_000 + i, Guid.NewGuid()));
        }

        var stored = 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (stored < total && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            await using var db = host.Database.CreateDbContext();
            stored = await db.ClosedPositions.CountAsync();
        }

        Assert.Equal(total, stored);
        await using var check = host.Database.CreateDbContext();
        Assert.Equal(total, await check.InboxMessages.CountAsync());
    }
}
