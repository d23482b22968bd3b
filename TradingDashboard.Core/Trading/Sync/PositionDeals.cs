using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events.Payloads;

namespace TradingDashboard.Core.Trading.Sync;

/// <summary>The deals of a <c>position.closed</c> event as the connectors report deals, so one ledger serves both paths.</summary>
internal static class PositionDeals
{
    public static IReadOnlyList<BrokerDeal> From(PositionClosedPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return [.. payload.Deals.Select(d => new BrokerDeal(
            d.Ticket,
            d.Order,
            d.PositionId == 0 ? payload.PositionId : d.PositionId,
            payload.Symbol,
            d.Type == 1 ? PositionSide.Sell : PositionSide.Buy,
            (DealEntry)d.Entry,
            (DealReason)d.Reason,
            d.Volume,
            d.Price,
            d.Commission,
            d.Swap,
            d.Profit,
            d.Magic,
            d.Comment ?? string.Empty,
            DateTimeOffset.FromUnixTimeSeconds(d.Time)))];
    }
}
