using Microsoft.Extensions.Logging;
using TradingDashboard.Core.Persistence.Entities;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Trading.Execution;

/// <summary>Tells the account's open views (toasts, position lists) that one of its orders changed state.</summary>
internal sealed class TradeUpdatePublisher(IMarketHub hub, TimeProvider time, ILogger<TradeUpdatePublisher> logger)
{
    public void Publish(TradeOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        try
        {
            hub.Publish(new TradeUpdate(
                GroupKeys.Account(order.AccountId),
                time.GetUtcNow(),
                order.AccountId,
                order.Id,
                order.Kind,
                order.Status,
                order.Symbol,
                order.Direction,
                order.FilledVolume ?? order.Volume,
                order.FillPrice ?? order.Price,
                order.PositionTicket,
                order.Source,
                order.Message ?? string.Empty));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A toast is not worth an order: the state is already stored.
            logger.UpdateNotPublished(e, order.AccountId, order.Id, order.Status);
        }
    }
}
