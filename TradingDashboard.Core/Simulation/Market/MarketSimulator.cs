using TradingDashboard.Core.Simulation.Replay;

namespace TradingDashboard.Core.Simulation.Market;

/// <summary>
/// Moves every symbol on each step and keeps the latest quotes. Steps come from one loop;
/// the quote board is safe to read from any thread.
/// </summary>
internal sealed class MarketSimulator
{
    private readonly Lock _gate = new();
    private readonly SymbolFeed[] _feeds;
    private DateTimeOffset _last;

    public MarketSimulator(IEnumerable<(SymbolSpec Spec, IPricePath Path)> symbols, Random random, DateTimeOffset start)
    {
        _feeds = [.. symbols.Select(s => new SymbolFeed(s.Spec, s.Path, new SpreadModel(s.Spec.BaseSpreadPoints, s.Spec.SpreadJitterPoints, random)))];
        Symbols = [.. _feeds.Select(f => f.Spec)];
        _last = start;
        foreach (var feed in _feeds)
        {
            Quotes.Set(MarketQuote.FromBid(feed.Spec, feed.Path.Current, feed.Spread.Current, start, MarketQuote.BidChanged | MarketQuote.AskChanged));
        }
    }

    public IReadOnlyList<SymbolSpec> Symbols { get; }

    public QuoteBoard Quotes { get; } = new();

    public static MarketSimulator Create(SimulatorOptions options, IReadOnlyList<ReplayBar> replay, Random random, DateTimeOffset start)
    {
        var volatility = options.VolatilityMultiplier;
        var symbols = SymbolCatalog.Default
            .Select(s => (Spec: s, Path: (IPricePath)new GbmPricePath(s.StartPrice, s.AnnualVolatility * volatility, random)))
            .ToList();
        if (replay.Count > 0 && !string.IsNullOrWhiteSpace(options.Replay.Symbol))
        {
            var ticksPerBar = Math.Max(ReplayPricePath.MinTicksPerBar, (int)Math.Round(60 * options.TicksPerSecond / options.Replay.Speed));
            var path = new ReplayPricePath(replay, ticksPerBar, options.Replay.Loop);
            var index = symbols.FindIndex(s => string.Equals(s.Spec.Name, options.Replay.Symbol, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                symbols[index] = (symbols[index].Spec with { StartPrice = path.Current }, path);
            }
            else
            {
                symbols.Add((SymbolCatalog.ForReplay(options.Replay.Symbol, ReplayPricePath.DigitsOf(replay), path.Current), path));
            }
        }

        return new MarketSimulator(symbols, random, start);
    }

    /// <summary>Exact name first, then ignoring case; the result carries the broker's casing.</summary>
    public SymbolSpec? FindSymbol(string? name) =>
        name is null ? null
        : Symbols.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
            ?? Symbols.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <returns>The quotes whose bid or ask changed, as MT5 only reports a tick on a change.</returns>
    public IReadOnlyList<MarketQuote> Advance(DateTimeOffset now)
    {
        lock (_gate)
        {
            var elapsed = now > _last ? now - _last : TimeSpan.Zero;
            _last = now > _last ? now : _last;
            var changed = new List<MarketQuote>(_feeds.Length);
            foreach (var feed in _feeds)
            {
                var quote = MarketQuote.FromBid(feed.Spec, feed.Path.Next(elapsed), feed.Spread.Next(), now, 0);
                var previous = Quotes.TryGetQuote(feed.Spec.Name, out var p) ? p : null;
                var flags = (previous?.Bid == quote.Bid ? 0 : MarketQuote.BidChanged) | (previous?.Ask == quote.Ask ? 0 : MarketQuote.AskChanged);
                if (flags == 0)
                {
                    continue;
                }

                quote = quote with { Flags = flags };
                Quotes.Set(quote);
                changed.Add(quote);
            }

            return changed;
        }
    }

    private sealed record SymbolFeed(SymbolSpec Spec, IPricePath Path, SpreadModel Spread);
}
