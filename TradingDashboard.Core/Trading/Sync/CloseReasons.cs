using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.Sync;

/// <summary>Why a position ended, from what the dashboard asked for and what the broker says.</summary>
internal static class CloseReasons
{
    /// <param name="lastExit">The deal that closed the position; null when the deals hold no exit.</param>
    /// <param name="exitOrder">The dashboard's order behind <paramref name="lastExit"/> (its tag is the deal's comment), if any.</param>
    public static CloseReason Decide(Trade trade, BrokerDeal? lastExit, TradeOrder? exitOrder)
    {
        ArgumentNullException.ThrowIfNull(trade);
        if (exitOrder?.CloseReason is { } asked)
        {
            return asked;
        }

        // The dashboard's own full close set it already; a partial close's reason does not describe the end.
        if (trade.CloseReason is { } recorded and not (CloseReason.PartialClose or CloseReason.ProfitTarget1))
        {
            return recorded;
        }

        return lastExit is null ? CloseReason.External : FromDeal(lastExit);
    }

    public static CloseReason FromDeal(BrokerDeal deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return deal.Reason switch
        {
            DealReason.StopLoss => CloseReason.StopLoss,
            DealReason.TakeProfit => CloseReason.TakeProfit,
            DealReason.StopOut => CloseReason.StopOut,
            DealReason.Expert when deal.Magic != 0 => CloseReason.Bot,
            _ => CloseReason.External,
        };
    }
}
