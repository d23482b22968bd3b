using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.History;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>
/// One open position as the page shows it: the broker's last word on it, repriced on every tick
/// of its symbol once the symbol's specification is known, with the age of the numbers shown.
/// </summary>
public sealed class PositionLine
{
    public PositionLine(BrokerPosition position, DateTimeOffset readAt)
    {
        ArgumentNullException.ThrowIfNull(position);
        Position = position;
        Swap = position.Swap;
        CurrentPrice = position.PriceCurrent;
        Profit = position.Profit;
        PricedAt = readAt;
    }

    public BrokerPosition Position { get; private set; }

    public long Ticket => Position.Ticket;

    public string Symbol => Position.Symbol;

    /// <summary>The closing-side price: the bid for a buy, the ask for a sell.</summary>
    public decimal CurrentPrice { get; private set; }

    /// <summary>Floating P/L in the account currency, excluding swap (as MT5's Profit column).</summary>
    public decimal Profit { get; private set; }

    public decimal Swap { get; private set; }

    /// <summary>When <see cref="CurrentPrice"/> and <see cref="Profit"/> were last true: the tick's or the broker read's time.</summary>
    public DateTimeOffset PricedAt { get; private set; }

    /// <summary>True when the numbers come from a tick, false while they are the broker's last report.</summary>
    public bool IsLive { get; private set; }

    /// <summary>The dashboard's record of this position (lineage), when it has one.</summary>
    public TradeHistoryRow? Trade { get; set; }

    /// <summary>Direction of the last price move: 1 up, -1 down, 0 none yet; and a counter so the flash restarts.</summary>
    public int Move { get; private set; }

    public int Moves { get; private set; }

    /// <summary>A fresh read from the broker: volume, stops and swap change; a newer live price is kept.</summary>
    public void Update(BrokerPosition position, DateTimeOffset readAt)
    {
        ArgumentNullException.ThrowIfNull(position);
        Position = position;
        Swap = position.Swap;
        if (!IsLive || readAt >= PricedAt)
        {
            SetPrice(position.PriceCurrent, position.Profit, readAt, live: false);
        }
    }

    /// <summary>Swap (and, without a specification to reprice with, price and P/L) from a positions snapshot.</summary>
    public void ApplySnapshot(Position snapshot, DateTimeOffset receivedAt, bool canReprice)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Swap = snapshot.Swap;
        if (!canReprice && receivedAt >= PricedAt)
        {
            SetPrice(snapshot.PriceCurrent, snapshot.Profit, receivedAt, live: false);
        }
    }

    /// <summary>Reprices from a tick of the position's symbol.</summary>
    public void Reprice(LiveQuote quote, SymbolInfo symbol, string accountCurrency)
    {
        ArgumentNullException.ThrowIfNull(quote);
        // A broker read newer than the tick wins; the same tick again recomputes (the volume may have changed).
        if (quote.ReceivedAt < PricedAt)
        {
            return;
        }

        var price = LiveProfit.ClosingPrice(Position.Direction, quote);
        var profit = LiveProfit.Compute(symbol, Position.Direction, Position.PriceOpen, price, Position.Volume, accountCurrency);
        SetPrice(price, profit, quote.ReceivedAt, live: true);
    }

    private void SetPrice(decimal price, decimal profit, DateTimeOffset at, bool live)
    {
        if (price != CurrentPrice && CurrentPrice != 0m)
        {
            Move = price > CurrentPrice ? 1 : -1;
            Moves++;
        }

        CurrentPrice = price;
        Profit = profit;
        PricedAt = at;
        IsLive = live;
    }
}
