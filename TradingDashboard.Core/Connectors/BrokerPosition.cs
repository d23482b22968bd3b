using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Connectors;

/// <summary>An open position as the broker reports it. Times are UTC.</summary>
/// <param name="Ticket">Position ticket (MT5 <c>ticket</c> = <c>identifier</c> on hedging accounts).</param>
/// <param name="StopLoss">Null when none (MT5 reports 0).</param>
/// <param name="Comment">The opening order's comment: our <see cref="ClientOrderTag"/> when we opened it.</param>
public sealed record BrokerPosition(
    long Ticket,
    string Symbol,
    PositionSide Direction,
    decimal Volume,
    decimal PriceOpen,
    decimal? StopLoss,
    decimal? TakeProfit,
    decimal PriceCurrent,
    decimal Swap,
    decimal Profit,
    long Magic,
    string Comment,
    DateTimeOffset OpenedAt);
