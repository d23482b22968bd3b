using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TradingDashboard.Core.Trading.Sync;

/// <summary>Runs <see cref="ITradeSync.SyncAllAsync"/> once the host has started, then every <see cref="TradingOptions.ReconcileIntervalMs"/>. Never stops on a failure.</summary>
internal sealed class TradeSyncService(
    ITradeSync sync,
    IHostApplicationLifetime lifetime,
    IOptions<TradingOptions> options,
    TimeProvider time,
    ILogger<TradeSyncService> logger) : BackgroundService
{
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await HostStart.WaitAsync(lifetime, stoppingToken).ConfigureAwait(false))
        {
            return;
        }

        var interval = TimeSpan.FromMilliseconds(Math.Max(options.Value.ReconcileIntervalMs, MinimumInterval.TotalMilliseconds));
        while (true)
        {
            try
            {
                await sync.SyncAllAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.RoundFailed(e);
            }

            try
            {
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
