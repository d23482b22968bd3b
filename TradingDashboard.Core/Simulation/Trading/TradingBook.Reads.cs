using TradingDashboard.Core.Connectors;

namespace TradingDashboard.Core.Simulation.Trading;

// Consistent snapshots of the book, each taken under the lock.
internal sealed partial class TradingBook
{
    /// <summary>Balance, equity, margin and every open position at the current quotes.</summary>
    public BookValuation Valuate()
    {
        lock (_gate)
        {
            return ValuateLocked();
        }
    }

    public IReadOnlyList<BrokerPendingOrder> PendingOrders()
    {
        lock (_gate)
        {
            return [.. _orders.Select(o => o.ToBroker())];
        }
    }

    /// <summary>Deals executed at or after <paramref name="since"/>, oldest first (the history keeps the last <see cref="TradingBookOptions.MaxDeals"/>).</summary>
    public IReadOnlyList<BrokerDeal> Deals(DateTimeOffset since)
    {
        lock (_gate)
        {
            return [.. _deals.Where(d => d.Time >= since)];
        }
    }

    /// <returns>The symbol of open position <paramref name="ticket"/>, or null when there is no such position.</returns>
    public string? PositionSymbol(long ticket)
    {
        lock (_gate)
        {
            return FindPosition(ticket)?.Symbol.Name;
        }
    }

    private BookValuation ValuateLocked()
    {
        var positions = new List<BrokerPosition>(_positions.Count);
        decimal profit = 0m, margin = 0m;
        foreach (var position in _positions)
        {
            decimal current = position.PriceOpen, positionProfit = 0m;
            if (_market.Quote(position.Symbol.Name) is { } quote)
            {
                current = PositionValuation.ClosePrice(position.Side, quote);
                positionProfit = RealizedProfit(position, position.Volume, current);
                margin += MarginOf(position.Symbol, position.Volume, PositionValuation.OpenPrice(position.Side, quote));
            }

            profit += positionProfit;
            positions.Add(new BrokerPosition(
                position.Ticket, position.Symbol.Name, position.Side, position.Volume, position.PriceOpen, position.StopLoss, position.TakeProfit,
                current, 0m, positionProfit, position.Magic, position.Comment, position.OpenedAt));
        }

        var equity = _balance + profit;
        var marginLevel = margin > 0m ? PositionValuation.Money(equity / margin * 100m) : 0m;
        return new BookValuation(_balance, equity, profit, margin, equity - margin, marginLevel, positions);
    }
}
