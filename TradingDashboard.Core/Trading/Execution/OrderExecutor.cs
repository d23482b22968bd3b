using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Resilience;
using TradingDashboard.Core.Trading.Gateway;
using TradingDashboard.Core.Trading.Reconciliation;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>
/// Record → send → record the result, for an intent that passed validation and risk. The intent
/// is stored under its unique key before it is sent, so a second submission finds it; the send is
/// one attempt; a send without a usable answer becomes Unknown and is reconciled, never resent.
/// </summary>
internal sealed class OrderExecutor(
    BrokerGateway broker,
    OrderBook book,
    SendingOrders sending,
    TradeUpdatePublisher updates,
    ReconcileQueue reconcile,
    TimeProvider time,
    ILogger<OrderExecutor> logger)
{
    /// <summary>How soon after an order became Unknown the first reconciliation looks for it.</summary>
    public static readonly TimeSpan FirstReconcileDelay = TimeSpan.FromSeconds(2);

    public async Task<OrderOutcome> ExecuteAsync(
        Account account,
        TradeOrder order,
        IntentSignature signature,
        ProfitTarget? target,
        Func<IBrokerConnector, CancellationToken, Task<BrokerTradeResult>> send,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(order);

        // The caller may give up until the intent is recorded; from then on it is sent and settled regardless.
        cancellationToken.ThrowIfCancellationRequested();
        order.Status = OrderStatus.Recorded;
        order.CreatedAt = time.GetUtcNow();
        order.Message = OrderMessages.Recorded(order);
        var holder = await book.RecordAsync(order, CancellationToken.None).ConfigureAwait(false);
        if (holder is not null)
        {
            logger.DuplicateKey(account.Id, holder.Id, order.IdempotencyKey);
            return OrderOutcomes.ForUsedKey(holder, signature);
        }

        Changed(order);
        sending.Begin(order.Id, target);
        try
        {
            // Once recorded the send runs to its own timeout: a caller going away must not leave the order in doubt.
            var settle = await SendAsync(account, order, send).ConfigureAwait(false);
            return await SettleAsync(account, order, settle, target).ConfigureAwait(false);
        }
        finally
        {
            sending.End(order.Id);
        }
    }

    private async Task<Action<TradeOrder>> SendAsync(Account account, TradeOrder order, Func<IBrokerConnector, CancellationToken, Task<BrokerTradeResult>> send)
    {
        var sentAt = time.GetUtcNow();
        try
        {
            var result = await broker.SendAsync(account, send, CancellationToken.None).ConfigureAwait(false);
            return o => ApplyResult(o, result, sentAt, time.GetUtcNow());
        }
        catch (BrokenCircuitException)
        {
            var reason = broker.PausedMessage(account);
            logger.NotSent(account.Id, order.Id, order.Kind, reason);
            return o => NotExecuted(o, reason, time.GetUtcNow());
        }
        catch (BrokerException e) when (!e.OutcomeUnknown && e.Kind != BrokerErrorKind.Data)
        {
            // Refused before the broker judged it (bad request, unsupported, not initialised): nothing executed.
            logger.NotSent(account.Id, order.Id, order.Kind, e.Message);
            return o => NotExecuted(o, e.Message, time.GetUtcNow());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // No answer (Polly's or the connector's timeout), a lost connection, an answer nobody can
            // read, or anything unforeseen after the request left: the broker may have executed it.
            logger.OutcomeUnknown(e, account.Id, order.Id, order.Kind);
            return o => Unknown(o, sentAt);
        }
    }

    private async Task<OrderOutcome> SettleAsync(Account account, TradeOrder order, Action<TradeOrder> settle, ProfitTarget? target)
    {
        TradeOrder? settled;
        try
        {
            settled = await book.SettleAsync(order.Id, OrderStatus.Recorded, settle, target, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The row stays Recorded: reconciliation treats it as Unknown and settles it from the broker.
            logger.ResultNotSaved(e, account.Id, order.Id);
            settle(order);
            reconcile.Request(account.Id, time.GetUtcNow() + FirstReconcileDelay);
            return OrderOutcomes.From(order) with { Status = OrderStatus.Unknown, Message = OrderMessages.Unknown(order) };
        }

        if (settled is null)
        {
            logger.SettledElsewhere(account.Id, order.Id);
            var stored = await book.FindAsync(order.IdempotencyKey, CancellationToken.None).ConfigureAwait(false);
            return OrderOutcomes.From(stored ?? order);
        }

        Changed(settled);
        if (settled.Status == OrderStatus.Unknown)
        {
            reconcile.Request(account.Id, time.GetUtcNow() + FirstReconcileDelay);
        }
        else
        {
            sending.Forget(settled.Id);
        }

        return OrderOutcomes.From(settled);
    }

    private void Changed(TradeOrder order)
    {
        logger.OrderStateChanged(order.AccountId, order.Id, order.Kind, order.Status, order.Retcode);
        updates.Publish(order);
    }

    private static void ApplyResult(TradeOrder order, BrokerTradeResult result, DateTimeOffset sentAt, DateTimeOffset completedAt)
    {
        order.SentAt = sentAt;
        order.CompletedAt = completedAt;
        order.ResultCode = result.Code;
        order.Retcode = result.Retcode;
        order.Status = result.Code switch
        {
            TradeResultCode.Done or TradeResultCode.DonePartial => OrderStatus.Done,
            TradeResultCode.Placed => OrderStatus.Placed,
            _ => OrderStatus.Rejected,
        };
        if (!result.IsSuccess)
        {
            order.Message = OrderMessages.Rejected(order, string.IsNullOrWhiteSpace(result.Message) ? Mt5Retcodes.Describe(result.Code) : result.Message);
            return;
        }

        order.PositionTicket = result.PositionTicket is > 0 ? result.PositionTicket : order.PositionTicket;
        if (order.Kind != OrderKind.Cancel)
        {
            // A cancel row keeps the order it cancelled here.
            order.BrokerOrderTicket = result.OrderTicket is > 0 ? result.OrderTicket : order.BrokerOrderTicket;
        }

        order.DealTicket = result.DealTicket is > 0 ? result.DealTicket : null;
        order.FillPrice = result.Price is > 0m ? result.Price : null;
        order.FilledVolume = result.Volume is > 0m ? result.Volume : null;
        order.Message = OrderMessages.Succeeded(order);
    }

    private static void Unknown(TradeOrder order, DateTimeOffset sentAt)
    {
        order.SentAt = sentAt;
        order.Status = OrderStatus.Unknown;
        order.Message = OrderMessages.Unknown(order);
    }

    private static void NotExecuted(TradeOrder order, string reason, DateTimeOffset at)
    {
        order.Status = OrderStatus.NotExecuted;
        order.CompletedAt = at;
        order.Message = OrderMessages.NotExecuted(order, reason);
    }
}
