using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.Reconciliation;

/// <summary>
/// Finds an order at the broker by its client tag (the MT5 comment of its position, pending order
/// and deals), or, for requests that carry no tag, by their visible effect.
/// </summary>
internal static class TraceFinder
{
    /// <returns>Null when the broker shows no trace (yet).</returns>
    public static BrokerTrace? Find(TradeOrder order, IReadOnlyList<BrokerPosition> positions, IReadOnlyList<BrokerPendingOrder> pending, IReadOnlyList<BrokerDeal> deals)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(deals);
        return order.Kind switch
        {
            OrderKind.Open or OrderKind.PlacePending => FindOpen(order.ClientTag, positions, pending, deals),
            OrderKind.Close or OrderKind.PartialClose => FindClose(order, deals),
            OrderKind.Modify => FindModify(order, positions),
            OrderKind.Cancel => FindCancel(order, pending, deals),
            _ => null,
        };
    }

    private static BrokerTrace? FindOpen(string tag, IReadOnlyList<BrokerPosition> positions, IReadOnlyList<BrokerPendingOrder> pending, IReadOnlyList<BrokerDeal> deals)
    {
        var fills = deals.Where(d => ClientOrderTag.Matches(d.Comment, tag) && d.Entry is DealEntry.In or DealEntry.InOut).ToList();
        if (fills.Count > 0)
        {
            return Filled(fills, fills[0].PositionTicket);
        }

        if (positions.FirstOrDefault(p => ClientOrderTag.Matches(p.Comment, tag)) is { } position)
        {
            return new BrokerTrace(OrderStatus.Done, position.Ticket, Price: position.PriceOpen, Volume: position.Volume, ExecutedAt: position.OpenedAt);
        }

        return pending.FirstOrDefault(o => ClientOrderTag.Matches(o.Comment, tag)) is { } order
            ? new BrokerTrace(OrderStatus.Placed, OrderTicket: order.Ticket, Price: order.Price, Volume: order.Volume, ExecutedAt: order.PlacedAt)
            : null;
    }

    private static BrokerTrace? FindClose(TradeOrder order, IReadOnlyList<BrokerDeal> deals)
    {
        var exits = deals.Where(d => ClientOrderTag.Matches(d.Comment, order.ClientTag) && d.Entry is not DealEntry.In).ToList();
        return exits.Count > 0 ? Filled(exits, order.PositionTicket ?? exits[0].PositionTicket) : null;
    }

    // A modify carries no tag; it is proven by the position showing exactly the levels asked for.
    private static BrokerTrace? FindModify(TradeOrder order, IReadOnlyList<BrokerPosition> positions) =>
        positions.FirstOrDefault(p => p.Ticket == order.PositionTicket) is { } position
            && position.StopLoss == order.StopLoss && position.TakeProfit == order.TakeProfit
            ? new BrokerTrace(OrderStatus.Done, position.Ticket)
            : null;

    private static BrokerTrace? FindCancel(TradeOrder order, IReadOnlyList<BrokerPendingOrder> pending, IReadOnlyList<BrokerDeal> deals)
    {
        var target = order.BrokerOrderTicket;
        if (target is null || pending.Any(o => o.Ticket == target))
        {
            return null;
        }

        return deals.FirstOrDefault(d => d.OrderTicket == target) is { } fill
            ? new BrokerTrace(OrderStatus.NotExecuted, fill.PositionTicket, Reason: $"The pending order was filled (deal #{fill.Ticket}) before it could be cancelled.")
            : new BrokerTrace(OrderStatus.Done, OrderTicket: target);
    }

    private static BrokerTrace Filled(List<BrokerDeal> fills, long? positionTicket)
    {
        var volume = fills.Sum(d => d.Volume);
        var price = volume > 0m ? fills.Sum(d => d.Price * d.Volume) / volume : fills[^1].Price;
        return new BrokerTrace(OrderStatus.Done, positionTicket, fills[0].OrderTicket, fills[^1].Ticket, price, volume, fills[^1].Time);
    }
}
