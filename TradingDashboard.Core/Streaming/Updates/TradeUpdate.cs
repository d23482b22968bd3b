using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading;

namespace TradingDashboard.Core.Streaming.Updates;

/// <summary>
/// An order of the account changed state (sent, filled, rejected, unknown, reconciled, closed):
/// the source of toasts and of refreshing position lists. Published to <see cref="GroupKeys.Account"/>.
/// The last one is cached, so a new subscriber gets a past update first: compare <see cref="MarketUpdate.ReceivedAt"/>.
/// </summary>
public sealed record TradeUpdate(
    string GroupKey,
    DateTimeOffset ReceivedAt,
    Guid AccountId,
    Guid OrderId,
    OrderKind Kind,
    OrderStatus Status,
    string Symbol,
    PositionSide Direction,
    decimal Volume,
    decimal? Price,
    long? PositionTicket,
    TradeSource Source,
    string Message)
    : MarketUpdate(GroupKey, ReceivedAt)
{
    public override string ItemKey => $"order:{OrderId:N}";

    public override string CacheKey => "order";
}
