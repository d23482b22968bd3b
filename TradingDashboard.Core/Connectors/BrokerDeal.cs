using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Connectors;

/// <summary>An executed deal (a fill), as in MT5's deal history. Money in the account currency.</summary>
/// <param name="Direction">The deal's own side: a sell deal closes a buy position.</param>
/// <param name="Comment">The comment of the order that caused it: our <see cref="ClientOrderTag"/> for our orders.</param>
public sealed record BrokerDeal(
    long Ticket,
    long OrderTicket,
    long PositionTicket,
    string Symbol,
    PositionSide Direction,
    DealEntry Entry,
    DealReason Reason,
    decimal Volume,
    decimal Price,
    decimal Commission,
    decimal Swap,
    decimal Profit,
    long Magic,
    string Comment,
    DateTimeOffset Time);
