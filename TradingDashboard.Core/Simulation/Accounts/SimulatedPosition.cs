using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Core.Simulation.Accounts;

/// <summary>An open position of a simulated account; its ticket is also its identifier.</summary>
internal sealed record SimulatedPosition(
    long Ticket,
    DateTimeOffset Time,
    PositionSide Side,
    decimal Volume,
    decimal PriceOpen,
    SymbolSpec Symbol,
    long Magic = 0,
    string Comment = "");
