using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace TradingDashboard.Tests.Infrastructure;

/// <summary>
/// A fresh virtual host on the real broker for one test class, deleted afterwards. Queue and
/// exchange names are fixed by the event contract, so isolation comes from the vhost.
/// </summary>
public sealed class RabbitMqVhostFixture : IAsyncLifetime
{
    private IConnection? _connection;

    public string VirtualHost { get; } = $"td-test-{Guid.NewGuid():N}";

    /// <summary>Settings that point the dashboard's transport at this vhost.</summary>
    public Dictionary<string, string?> MessagingSettings => RabbitMqBroker.MessagingSettings(VirtualHost);

    public ConnectionFactory CreateConnectionFactory() => RabbitMqBroker.CreateConnectionFactory(VirtualHost);

    /// <summary>A channel on the fixture's own connection, reopened if an outage closed it.</summary>
    public async Task<IChannel> CreateChannelAsync(CancellationToken cancellationToken = default)
    {
        if (_connection is not { IsOpen: true })
        {
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }

            _connection = await CreateConnectionFactory().CreateConnectionAsync(cancellationToken);
        }

        return await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Waits until a consumer is attached to the dashboard's queue: the consumer declares the
    /// topology and attaches asynchronously after the app starts.
    /// </summary>
    public async Task WaitForConsumerAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await using var probe = await CreateChannelAsync();
                if ((await probe.QueueDeclarePassiveAsync("backend.mt5.events")).ConsumerCount > 0)
                {
                    return;
                }
            }
            catch (OperationInterruptedException)
            {
                // Not declared yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The dashboard's consumer did not attach to backend.mt5.events.");
    }

    /// <summary>Ready messages in <paramref name="queue"/>; fails if it does not exist.</summary>
    public async Task<uint> MessageCountAsync(string queue, CancellationToken cancellationToken = default)
    {
        await using var channel = await CreateChannelAsync(cancellationToken);
        var declared = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
        return declared.MessageCount;
    }

    /// <summary>Takes (and acknowledges) up to <paramref name="max"/> messages from <paramref name="queue"/>.</summary>
    public async Task<IReadOnlyList<QueueMessage>> GetMessagesAsync(string queue, int max = int.MaxValue, CancellationToken cancellationToken = default)
    {
        await using var channel = await CreateChannelAsync(cancellationToken);
        var messages = new List<QueueMessage>();
        while (messages.Count < max && await channel.BasicGetAsync(queue, autoAck: true, cancellationToken) is { } result)
        {
            messages.Add(QueueMessage.From(result));
        }

        return messages;
    }

    /// <summary>Polls until <paramref name="queue"/> holds at least <paramref name="expected"/> ready messages.</summary>
    /// <returns>The last count seen (below <paramref name="expected"/> on timeout).</returns>
    public async Task<uint> WaitForMessageCountAsync(string queue, uint expected, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        uint count;
        while ((count = await MessageCountAsync(queue, cancellationToken)) < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        return count;
    }

    public async Task InitializeAsync()
    {
        try
        {
            await RabbitMqBroker.AddVirtualHostAsync(VirtualHost);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not available at {RabbitMqBroker.HostName}:{RabbitMqBroker.Port}; start it with build/test.sh. {e.Message}", e);
        }
    }

    public async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        await RabbitMqBroker.DeleteVirtualHostAsync(VirtualHost);
    }
}
