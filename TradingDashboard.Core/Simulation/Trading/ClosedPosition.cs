using TradingDashboard.Core.Connectors;

namespace TradingDashboard.Core.Simulation.Trading;

/// <summary>A position that was closed in full, with every deal that opened, changed and closed it.</summary>
internal sealed record ClosedPosition(long PositionTicket, string Symbol, IReadOnlyList<BrokerDeal> Deals);
