using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Trading.Execution;
using TradingDashboard.Core.Trading.Gateway;

namespace TradingDashboard.Core.Trading.Reconciliation;

/// <summary>
/// Settles an account's orders whose answer was lost from what the broker shows (positions,
/// pending orders, deals since just before the oldest of them). Found: Done/Placed, and the trade
/// is booked. Not found for <see cref="TradingOptions.UnknownGiveUpMs"/>: NotExecuted. It never
/// sends an order. Recorded orders count too once their send is long over (a crash mid-send).
/// </summary>
internal sealed class OrderReconciler(
    BrokerGateway broker,
    OrderBook book,
    SendingOrders sending,
    TradeUpdatePublisher updates,
    IOptions<TradingOptions> options,
    TimeProvider time,
    ILogger<OrderReconciler> logger)
{
    /// <summary>Deals are fetched from this long before the oldest unsettled order (clock skew between dashboard and broker).</summary>
    public static readonly TimeSpan DealLookBack = TimeSpan.FromMinutes(1);

    /// <summary>A Recorded order is presumed cut off once this much longer than the order timeout has passed.</summary>
    public static readonly TimeSpan RecordedGrace = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _accounts = new();

    /// <returns>How many orders reached a final state.</returns>
    public async Task<int> ReconcileAsync(Account account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var gate = _accounts.GetOrAdd(account.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ReconcileOnceAsync(account, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> ReconcileOnceAsync(Account account, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var cutOff = TimeSpan.FromMilliseconds(settings.OrderTimeoutMs) + RecordedGrace;
        var orders = (await book.UnsettledAsync(account.Id, cancellationToken).ConfigureAwait(false))
            .Where(o => o.Status == OrderStatus.Unknown || (!sending.IsSending(o.Id) && now - o.CreatedAt > cutOff))
            .OrderBy(o => o.CreatedAt)
            .ToList();
        if (orders.Count == 0)
        {
            return 0;
        }

        var since = orders[0].CreatedAt - DealLookBack;
        var positions = await broker.ReadAsync(account, (c, t) => c.GetPositionsAsync(t), cancellationToken).ConfigureAwait(false);
        var pending = await broker.ReadAsync(account, (c, t) => c.GetPendingOrdersAsync(t), cancellationToken).ConfigureAwait(false);
        var deals = await broker.ReadAsync(account, (c, t) => c.GetDealsAsync(since, t), cancellationToken).ConfigureAwait(false);
        var giveUp = TimeSpan.FromMilliseconds(settings.UnknownGiveUpMs);

        var settledCount = 0;
        foreach (var order in orders)
        {
            var settle = Decide(order, TraceFinder.Find(order, positions, pending, deals), now, giveUp);
            if (settle is null)
            {
                continue;
            }

            // Past this point the broker was asked: the result is written whatever the caller's token says.
            var settled = await book.SettleAsync(order.Id, order.Status, settle, sending.TargetOf(order.Id), now, CancellationToken.None).ConfigureAwait(false);
            if (settled is null)
            {
                continue;
            }

            logger.Reconciled(settled.AccountId, settled.Id, settled.Kind, settled.Status);
            logger.OrderStateChanged(settled.AccountId, settled.Id, settled.Kind, settled.Status, settled.Retcode);
            updates.Publish(settled);
            if (settled.Status != OrderStatus.Unknown)
            {
                settledCount++;
                sending.Forget(settled.Id);
            }
        }

        return settledCount;
    }

    private static Action<TradeOrder>? Decide(TradeOrder order, BrokerTrace? trace, DateTimeOffset now, TimeSpan giveUp)
    {
        if (trace is not null)
        {
            return o => Apply(o, trace, now);
        }

        if (now - (order.SentAt ?? order.CreatedAt) >= giveUp)
        {
            return o =>
            {
                o.Status = OrderStatus.NotExecuted;
                o.CompletedAt = now;
                o.Message = OrderMessages.NotExecuted(o, "The broker has no trace of this order; it was not executed.");
            };
        }

        // A send cut off mid-way (crash): from now on it is verified like any lost answer.
        return order.Status == OrderStatus.Recorded
            ? o =>
            {
                o.Status = OrderStatus.Unknown;
                o.Message = OrderMessages.Unknown(o);
            }
        : null;
    }

    private static void Apply(TradeOrder order, BrokerTrace trace, DateTimeOffset now)
    {
        order.Status = trace.Status;
        order.CompletedAt = trace.ExecutedAt ?? now;
        if (trace.Status == OrderStatus.NotExecuted)
        {
            order.Message = OrderMessages.NotExecuted(order, trace.Reason ?? "The broker's state rules it out.");
            return;
        }

        order.ResultCode = trace.Status == OrderStatus.Placed ? TradeResultCode.Placed : TradeResultCode.Done;
        order.PositionTicket = trace.PositionTicket ?? order.PositionTicket;
        if (order.Kind != OrderKind.Cancel)
        {
            order.BrokerOrderTicket = trace.OrderTicket ?? order.BrokerOrderTicket;
        }

        order.DealTicket = trace.DealTicket ?? order.DealTicket;
        order.FillPrice = trace.Price ?? order.FillPrice;
        order.FilledVolume = trace.Volume ?? order.FilledVolume;
        order.Message = $"Verified with the broker: {OrderMessages.Succeeded(order)}";
    }
}
