using TradingDashboard.Core;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>
/// Sends a reviewed ticket through <see cref="ITradingService"/>, once: a second call while the
/// first is in flight is dropped by the guard, and every call carries the guard's key, so the
/// pipeline would answer a resubmission with the earlier order's state rather than a new order.
/// </summary>
public static class TicketSender
{
    /// <returns>What became of the order; null when a send of this ticket is already in flight.</returns>
    public static async Task<TicketResult?> SendAsync(
        ITradingService trading, AccessUser user, Guid accountId, TicketEvaluation review, TicketSendGuard guard, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(trading);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(guard);
        if (!guard.TryBegin())
        {
            return null;
        }

        var key = guard.Key;
        OrderOutcome? outcome = null;
        try
        {
            var intent = review.ToIntent(accountId, key, TradeLineage.ManualBy(user.UserId, key));
            TradeTicketLog.Sending(logger, accountId, intent.Symbol, intent.Direction, intent.Volume, key);

            // Never cancelled when the ticket closes: once sent, the order's answer must be recorded.
            outcome = await trading.PlaceOrderAsync(user, intent, CancellationToken.None).ConfigureAwait(false);
            TradeTicketLog.Sent(logger, accountId, key, outcome.Status);
            return TicketResult.From(outcome, review);
        }
        catch (AccessDeniedException ex)
        {
            return new TicketResult(TicketResultKind.Refused, "Not sent", ex.Message, null, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            TradeTicketLog.SendFailed(logger, ex, accountId, key);
            return TicketResult.Failed(ex is DashboardException ? ex.Message : "The dashboard could not complete the request.");
        }
        finally
        {
            // Unknown or failed: the same intent may still execute, so its key stays for any retry.
            guard.End(renewKey: outcome is { Status: OrderStatus.Done or OrderStatus.Placed or OrderStatus.Rejected or OrderStatus.NotExecuted });
        }
    }
}
