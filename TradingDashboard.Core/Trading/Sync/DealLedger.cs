using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Persistence.Entities;

namespace TradingDashboard.Core.Trading.Sync;

/// <summary>
/// A trade's figures from its position's deals. Everything is recomputed from the whole deal list,
/// never added to what is stored, so the same deals applied twice (a redelivered event, a second
/// event for the same position, the periodic sync after the event) change nothing.
/// </summary>
internal static class DealLedger
{
    private const int PriceDecimals = 8;

    public static bool IsExit(BrokerDeal deal) => deal.Entry is DealEntry.Out or DealEntry.InOut or DealEntry.OutBy;

    /// <summary>The exits, oldest first (the last one closed the position).</summary>
    public static IReadOnlyList<BrokerDeal> Exits(IEnumerable<BrokerDeal> deals) =>
        [.. deals.Where(IsExit).OrderBy(d => d.Time).ThenBy(d => d.Ticket)];

    public static IReadOnlyList<BrokerDeal> Entries(IEnumerable<BrokerDeal> deals) =>
        [.. deals.Where(d => d.Entry == DealEntry.In).OrderBy(d => d.Time).ThenBy(d => d.Ticket)];

    /// <summary>True when the exits add up to everything that was opened (the deals' entries, else the trade's open volume).</summary>
    public static bool ClosesPosition(Trade trade, IReadOnlyList<BrokerDeal> deals)
    {
        ArgumentNullException.ThrowIfNull(trade);
        var exits = Exits(deals);
        if (exits.Count == 0)
        {
            return false;
        }

        var opened = Entries(deals).Sum(d => d.Volume);
        return exits.Sum(d => d.Volume) >= (opened > 0m ? opened : trade.OpenVolume);
    }

    /// <summary>Realized profit, swap, commission and the volume-weighted exit price so far.</summary>
    public static void ApplyRealized(Trade trade, IReadOnlyList<BrokerDeal> deals)
    {
        ArgumentNullException.ThrowIfNull(trade);
        ArgumentNullException.ThrowIfNull(deals);
        trade.ClosePrice = WeightedPrice(Exits(deals)) ?? trade.ClosePrice;
        trade.RealizedProfit = deals.Sum(d => d.Profit);
        trade.Swap = deals.Sum(d => d.Swap);
        trade.Commission = deals.Sum(d => d.Commission);
    }

    /// <summary>Ends the trade: realized figures, nothing remaining, closed at the last exit.</summary>
    public static void Close(Trade trade, IReadOnlyList<BrokerDeal> deals, CloseReason reason, DateTimeOffset now)
    {
        ApplyRealized(trade, deals);
        var exits = Exits(deals);
        trade.Status = TradeStatus.Closed;
        trade.RemainingVolume = 0m;
        trade.ClosedAt = exits.Count > 0 ? exits[^1].Time : trade.ClosedAt ?? now;
        trade.CloseReason = reason;
        trade.UpdatedAt = now;
    }

    /// <summary>A trade for a position the books never saw, from its deals (lineage is the caller's business).</summary>
    public static Trade NewTrade(Guid accountId, long positionTicket, string symbol, IReadOnlyList<BrokerDeal> deals, DateTimeOffset now)
    {
        var entries = Entries(deals);
        var exits = Exits(deals);
        var opened = entries.Sum(d => d.Volume);
        var volume = opened > 0m ? opened : exits.Sum(d => d.Volume);
        return new Trade
        {
            Id = Guid.NewGuid(),
            AccountId = accountId,
            PositionTicket = positionTicket,
            Symbol = symbol,

            // An entry deal has the position's side; an exit deal the opposite one.
            Direction = entries.Count > 0 ? entries[0].Direction : exits.Count > 0 ? Opposite(exits[0].Direction) : PositionSide.Buy,
            Status = TradeStatus.Open,
            OpenVolume = volume,
            RemainingVolume = volume,
            OpenPrice = WeightedPrice(entries) ?? 0m,
            OpenedAt = entries.Count > 0 ? entries[0].Time : deals.Count > 0 ? deals.Min(d => d.Time) : now,
            Source = TradeSource.Manual,
            UpdatedAt = now,
        };
    }

    private static PositionSide Opposite(PositionSide side) => side == PositionSide.Buy ? PositionSide.Sell : PositionSide.Buy;

    private static decimal? WeightedPrice(IReadOnlyList<BrokerDeal> deals)
    {
        var volume = deals.Sum(d => d.Volume);
        return volume > 0m ? Math.Round(deals.Sum(d => d.Price * d.Volume) / volume, PriceDecimals, MidpointRounding.AwayFromZero) : null;
    }
}
