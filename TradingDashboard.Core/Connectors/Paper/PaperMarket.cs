using TradingDashboard.Core.Simulation.Trading;
using TradingDashboard.Core.Streaming;
using TradingDashboard.Core.Streaming.Updates;

namespace TradingDashboard.Core.Connectors.Paper;

/// <summary>
/// A paper account's market: the live quotes its price groups hold in the last-value cache, and
/// currency conversion through those quotes (directly, or through USD). When no quoted pair links
/// two currencies the book falls back on the symbol's tick value.
/// </summary>
internal sealed class PaperMarket(Guid accountId, ILastValueCache cache) : ITradingMarket
{
    private const string Usd = "USD";

    public BrokerQuote? Quote(string symbol)
    {
        var tick = cache.Matching(MarketTopic.Group(GroupKeys.Prices(accountId, symbol)))
            .OfType<QuoteUpdate>()
            .Select(u => u.Tick)
            .MaxBy(t => t.TimeMsc);
        return tick is { Bid: > 0m, Ask: > 0m } ? new BrokerQuote(tick.Symbol, tick.Bid, tick.Ask, tick.Time) : null;
    }

    public decimal? Convert(decimal amount, string from, string to)
    {
        var rate = Rate(from, to) ?? Rate(from, Usd) * Rate(Usd, to);
        return rate is null ? null : amount * rate.Value;
    }

    private decimal? Rate(string from, string to)
    {
        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            return 1m;
        }

        if (Quote(from + to) is { } direct)
        {
            return (direct.Bid + direct.Ask) / 2m;
        }

        return Quote(to + from) is { } inverse ? 2m / (inverse.Bid + inverse.Ask) : null;
    }
}
