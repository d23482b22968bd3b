using RabbitMQ.Client;

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
