using System.Globalization;
using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Simulation.Trading;

// Server-side execution on each quote: stop loss, take profit and pending orders.
internal sealed partial class TradingBook
{
    public void OnQuotes(IEnumerable<BrokerQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        foreach (var quote in quotes)
        {
            OnQuote(quote);
        }
    }

    /// <summary>
    /// Closes positions whose SL (buy: bid ≤ sl; sell: ask ≥ sl) or TP (buy: bid ≥ tp; sell:
    /// ask ≤ tp) the quote reaches, at the quote, with deal reason 4/5; then fills the pending
    /// orders it triggers. A triggered order the account cannot afford is cancelled.
    /// </summary>
    public void OnQuote(BrokerQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        lock (_gate)
        {
            if (IsClosed(quote.Symbol))
            {
                return;
            }

            foreach (var position in _positions.Where(p => SameSymbol(p.Symbol.Name, quote.Symbol)).ToList())
            {
                if (StopReached(position, quote) is var (reason, level))
                {
                    var tag = reason == DealReason.StopLoss ? "sl" : "tp";
                    var comment = string.Create(CultureInfo.InvariantCulture, $"[{tag} {level.ToString("F" + position.Symbol.Digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)}]");
                    CloseLocked(position, position.Volume, PositionValuation.ClosePrice(position.Side, quote), _tickets.NextOrder(), reason, position.Magic, comment);
                }
            }

            foreach (var order in _orders.Where(o => SameSymbol(o.Symbol.Name, quote.Symbol) && o.IsTriggeredBy(quote)).ToList())
            {
                _orders.Remove(order);
                _changed = true;
                var execution = new Execution(
                    order.Symbol, order.Side, order.Volume, order.StopLoss, order.TakeProfit, order.Magic, order.Comment, order.Ticket, ReasonOf(order.Magic));
                if (CheckMargin(execution, quote) is null)
                {
                    Fill(execution, quote);
                }
            }
        }
    }

    private static (DealReason Reason, decimal Level)? StopReached(BookPosition position, BrokerQuote quote)
    {
        var buy = position.Side == PositionSide.Buy;
        if (position.StopLoss is { } sl && (buy ? quote.Bid <= sl : quote.Ask >= sl))
        {
            return (DealReason.StopLoss, sl);
        }

        if (position.TakeProfit is { } tp && (buy ? quote.Bid >= tp : quote.Ask <= tp))
        {
            return (DealReason.TakeProfit, tp);
        }

        return null;
    }
}
