using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Simulation.Trading;

/// <summary>A pending (limit/stop) order waiting in a <see cref="TradingBook"/>.</summary>
internal sealed record BookOrder(
    long Ticket,
    SymbolInfo Symbol,
    PositionSide Side,
    OrderType Type,
    decimal Volume,
    decimal Price,
    decimal? StopLoss,
    decimal? TakeProfit,
    long Magic,
    string Comment,
    DateTimeOffset PlacedAt)
{
    /// <summary>
    /// MT5 activation: buy limit when ask ≤ price, buy stop when ask ≥ price, sell limit when
    /// bid ≥ price, sell stop when bid ≤ price.
    /// </summary>
    public bool IsTriggeredBy(BrokerQuote quote) => (Side, Type) switch
    {
        (PositionSide.Buy, OrderType.Limit) => quote.Ask <= Price,
        (PositionSide.Buy, OrderType.Stop) => quote.Ask >= Price,
        (PositionSide.Sell, OrderType.Limit) => quote.Bid >= Price,
        (PositionSide.Sell, OrderType.Stop) => quote.Bid <= Price,
        _ => false,
    };

    public BrokerPendingOrder ToBroker() =>
        new(Ticket, Symbol.Name, Side, Type, Volume, Price, StopLoss, TakeProfit, Magic, Comment, PlacedAt);
}
