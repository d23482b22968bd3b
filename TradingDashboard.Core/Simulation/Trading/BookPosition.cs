using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Simulation.Trading;

/// <summary>An open position inside a <see cref="TradingBook"/>; changed only under the book's lock.</summary>
internal sealed class BookPosition(long ticket, SymbolInfo symbol, PositionSide side, decimal volume, decimal priceOpen, DateTimeOffset openedAt)
{
    public long Ticket { get; } = ticket;

    public SymbolInfo Symbol { get; } = symbol;

    public PositionSide Side { get; set; } = side;

    public decimal Volume { get; set; } = volume;

    public decimal PriceOpen { get; set; } = priceOpen;

    public decimal? StopLoss { get; set; }

    public decimal? TakeProfit { get; set; }

    public long Magic { get; set; }

    public string Comment { get; set; } = "";

    public DateTimeOffset OpenedAt { get; set; } = openedAt;

    /// <summary>Every deal of this position, for its <c>position.closed</c> event.</summary>
    public List<BrokerDeal> Deals { get; } = [];
}
