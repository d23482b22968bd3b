using System.Globalization;
using TradingDashboard.Core.Connectors;

namespace TradingDashboard.Core.Simulation.Trading;

// Fills and closes; every method here runs under _gate.
internal sealed partial class TradingBook
{
    /// <summary>MT5 refuses an order whose margin exceeds the free margin (10019 NO_MONEY).</summary>
    private BrokerTradeResult? CheckMargin(in Execution order, BrokerQuote quote)
    {
        var symbol = order.Symbol;
        var added = order.Volume;
        if (!Hedging && _positions.Find(p => SameSymbol(p.Symbol.Name, symbol.Name)) is { } netted && netted.Side != order.Side)
        {
            // On a netting account an opposite order first reduces the position; only the excess needs margin.
            added = Math.Max(0m, order.Volume - netted.Volume);
        }

        if (added == 0m)
        {
            return null;
        }

        var required = MarginOf(symbol, added, PositionValuation.OpenPrice(order.Side, quote));
        var free = ValuateLocked().MarginFree;
        return required <= free
            ? null
            : TradeResults.Refuse(Mt5Retcodes.NoMoney, string.Create(CultureInfo.InvariantCulture,
                $"Not enough money: {added} lots of {symbol.Name} need {required} {Currency} of margin; free margin is {free} {Currency}."));
    }

    private BrokerTradeResult Fill(in Execution order, BrokerQuote quote)
    {
        var price = PositionValuation.OpenPrice(order.Side, quote);
        var now = _time.GetUtcNow();
        _changed = true;
        var symbol = order.Symbol;
        if (!Hedging && _positions.Find(p => SameSymbol(p.Symbol.Name, symbol.Name)) is { } netted)
        {
            return Net(netted, order, price, now);
        }

        var position = new BookPosition(order.OrderTicket, symbol, order.Side, order.Volume, price, now)
        {
            StopLoss = order.StopLoss,
            TakeProfit = order.TakeProfit,
            Magic = order.Magic,
            Comment = order.Comment,
        };
        _positions.Add(position);
        var deal = AddDeal(position, order, DealEntry.In, order.Volume, price, 0m, now);
        return TradeResults.Done(order.OrderTicket, deal.Ticket, position.Ticket, order.Volume, price);
    }

    /// <summary>Netting: the symbol's one position grows, shrinks, closes or reverses (a 2 IN/OUT deal).</summary>
    private BrokerTradeResult Net(BookPosition position, in Execution order, decimal price, DateTimeOffset now)
    {
        if (position.Side == order.Side)
        {
            var total = position.Volume + order.Volume;
            position.PriceOpen = Math.Round(((position.PriceOpen * position.Volume) + (price * order.Volume)) / total, 10);
            position.Volume = total;
            position.StopLoss = order.StopLoss ?? position.StopLoss;
            position.TakeProfit = order.TakeProfit ?? position.TakeProfit;
            var added = AddDeal(position, order, DealEntry.In, order.Volume, price, 0m, now);
            return TradeResults.Done(order.OrderTicket, added.Ticket, position.Ticket, order.Volume, price);
        }

        var profit = RealizedProfit(position, Math.Min(order.Volume, position.Volume), price);
        _balance += profit;
        if (order.Volume <= position.Volume)
        {
            var closing = AddDeal(position, order, DealEntry.Out, order.Volume, price, profit, now);
            position.Volume -= order.Volume;
            if (position.Volume == 0m)
            {
                Remove(position);
            }

            return TradeResults.Done(order.OrderTicket, closing.Ticket, position.Ticket, order.Volume, price);
        }

        // The position identifier survives a reversal (MT5: "position turnover doesn't change its ID").
        var reversal = AddDeal(position, order, DealEntry.InOut, order.Volume, price, profit, now);
        position.Side = order.Side;
        position.Volume = order.Volume - position.Volume;
        position.PriceOpen = price;
        position.StopLoss = order.StopLoss;
        position.TakeProfit = order.TakeProfit;
        position.Magic = order.Magic;
        position.Comment = order.Comment;
        position.OpenedAt = now;
        return TradeResults.Done(order.OrderTicket, reversal.Ticket, position.Ticket, order.Volume, price);
    }

    /// <summary>An opposite deal of <paramref name="volume"/> at <paramref name="price"/>; the balance takes its profit.</summary>
    private BrokerDeal CloseLocked(BookPosition position, decimal volume, decimal price, long orderTicket, DealReason reason, long magic, string comment)
    {
        var profit = RealizedProfit(position, volume, price);
        _balance += profit;
        _changed = true;
        var order = new Execution(position.Symbol, Opposite(position.Side), volume, null, null, magic, comment, orderTicket, reason);
        var deal = AddDeal(position, order, DealEntry.Out, volume, price, profit, _time.GetUtcNow());
        position.Volume -= volume;
        if (position.Volume == 0m)
        {
            Remove(position);
        }

        return deal;
    }

    private BrokerDeal AddDeal(BookPosition position, in Execution order, DealEntry entry, decimal volume, decimal price, decimal profit, DateTimeOffset time)
    {
        var deal = new BrokerDeal(
            _tickets.NextDeal(), order.OrderTicket, position.Ticket, position.Symbol.Name, order.Side, entry, order.Reason,
            volume, price, 0m, 0m, profit, order.Magic, order.Comment, time);
        position.Deals.Add(deal);
        _deals.Enqueue(deal);
        while (_deals.Count > _options.MaxDeals)
        {
            _deals.Dequeue();
        }

        return deal;
    }

    private void Remove(BookPosition position)
    {
        _positions.Remove(position);
        if (!_options.TrackClosures)
        {
            return;
        }

        _closures.Enqueue(new ClosedPosition(position.Ticket, position.Symbol.Name, [.. position.Deals]));
        while (_closures.Count > TradingBookOptions.MaxPendingClosures)
        {
            _closures.Dequeue();
        }
    }
}
