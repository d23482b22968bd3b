using System.Security.Cryptography;

namespace TradingDashboard.Benchmarks.Broker;

/// <summary>
/// A vhost of our own on the local broker, so the benchmark's queues never touch anyone else's.
/// Deleted on dispose, which also drops every queue and message in it.
/// </summary>
internal sealed class BenchmarkVhost : IAsyncDisposable
{
    private const int DeleteAttempts = 12;

    private BenchmarkVhost(string name) => Name = name;

    public string Name { get; }

    public static async Task<BenchmarkVhost> CreateAsync(CancellationToken cancellationToken)
    {
        var vhost = new BenchmarkVhost($"td-bench-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        await RabbitMqCtl.RunAsync(["add_vhost", vhost.Name], cancellationToken);
        try
        {
            await RabbitMqCtl.RunAsync(["set_permissions", "-p", vhost.Name, "guest", ".*", ".*", ".*"], cancellationToken);
        }
        catch
        {
            await vhost.DisposeAsync();
            throw;
        }

        return vhost;
    }

    /// <summary>
    /// Deletes the vhost, retrying for a while: the shared broker may be restarting (other
    /// suites test outages). Never throws, so it cannot hide the error that ended the run.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        for (var attempt = 1; attempt <= DeleteAttempts; attempt++)
        {
            try
            {
                // Not the caller's token: the vhost must go even when the run was cancelled.
                await RabbitMqCtl.RunAsync(["delete_vhost", Name], CancellationToken.None);
                Console.WriteLine($"deleted vhost {Name}");
                return;
            }
            catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
            {
                var reason = e.Message.Split('\n')[0];
                if (attempt == DeleteAttempts)
                {
                    Console.Error.WriteLine($"could not delete vhost {Name}; remove it with: rabbitmqctl delete_vhost {Name} ({reason})");
                    return;
                }

                Console.Error.WriteLine($"deleting vhost {Name} failed (attempt {attempt}), retrying: {reason}");
                await Task.Delay(TimeSpan.FromSeconds(5));
            }
        }
    }
}
