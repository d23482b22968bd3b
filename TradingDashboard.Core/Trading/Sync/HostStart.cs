using Microsoft.Extensions.Hosting;

namespace TradingDashboard.Core.Trading.Sync;

/// <summary>Waits for the host to have started: the embedded bridge simulator answers only once the server listens.</summary>
internal static class HostStart
{
    /// <returns>False when the host stopped first.</returns>
    public static async Task<bool> WaitAsync(IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task.ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
