using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Simulation.Trading;

/// <summary>An order about to be filled at the market: a market request, or a pending order that triggered.</summary>
/// <param name="OrderTicket">The order's ticket; a position it opens gets the same ticket.</param>
internal readonly record struct Execution(
    SymbolInfo Symbol,
    PositionSide Side,
    decimal Volume,
    decimal? StopLoss,
    decimal? TakeProfit,
    long Magic,
    string Comment,
    long OrderTicket,
    DealReason Reason);
