using System.Security.Cryptography;

namespace TradingDashboard.Benchmarks.Broker;

/// <summary>
/// A vhost of our own on the local broker, so the benchmark's queues never touch anyone else's.
/// Deleted on dispose, which also drops every queue and message in it.
/// </summary>
internal sealed class BenchmarkVhost : IAsyncDisposable
{
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

    public async ValueTask DisposeAsync()
    {
        // Not the caller's token: the vhost must go even when the run was cancelled.
        await RabbitMqCtl.RunAsync(["delete_vhost", Name], CancellationToken.None);
        Console.WriteLine($"deleted vhost {Name}");
    }
}
