using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Access;

namespace TradingDashboard.Core.Trading.Reconciliation;

/// <summary>
/// One prompt reconciliation shortly after an order became Unknown, so a trader sees it settled
/// in seconds rather than at the next periodic sync. Failures are logged; the periodic sync retries.
/// </summary>
internal sealed class UnknownOrderFollowUp(ReconcileQueue queue, ITradingService trading, TimeProvider time, ILogger<UnknownOrderFollowUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var request in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                var wait = request.DueAt - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                }

                await ReconcileAsync(request.AccountId, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown: the periodic sync picks Unknown orders up at the next start.
        }
    }

    private async Task ReconcileAsync(Guid accountId, CancellationToken stoppingToken)
    {
        try
        {
            var settled = await trading.ReconcileAsync(AccessUser.System, accountId, stoppingToken).ConfigureAwait(false);
            logger.FollowUpDone(accountId, settled);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.FollowUpFailed(e, accountId);
        }
    }
}
