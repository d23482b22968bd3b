using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Streaming.Updates;
using TradingDashboard.Core.Trading.Precision;

namespace TradingDashboard.Components.Shared.Trading;

/// <summary>The live bid and ask a ticket trades on, and when they arrived.</summary>
public sealed class TicketQuote
{
    public decimal? Bid { get; private set; }

    public decimal? Ask { get; private set; }

    /// <summary>When the dashboard received the last quote: the basis of the shown age and of staleness.</summary>
    public DateTimeOffset? ReceivedAt { get; private set; }

    /// <summary>Takes the newest quote of a batch; an older one arriving late never replaces a newer one.</summary>
    public void Apply(IEnumerable<MarketUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        foreach (var quote in updates.OfType<QuoteUpdate>())
        {
            if (ReceivedAt is { } last && quote.ReceivedAt < last)
            {
                continue;
            }

            Bid = quote.Tick.Bid;
            Ask = quote.Tick.Ask;
            ReceivedAt = quote.ReceivedAt;
        }
    }

    /// <summary>The price a side trades at now: the ask to buy, the bid to sell.</summary>
    public decimal? For(PositionSide side) => side == PositionSide.Buy ? Ask : Bid;

    public decimal? SpreadPips(SymbolInfo symbol) =>
        Bid is { } bid && Ask is { } ask ? PriceDistance.Pips(bid, ask, symbol) : null;
}
