using System.Collections.Immutable;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Core.Simulation.Candles;

/// <summary>
/// Every symbol's bars on every published timeframe. Closed bars go out at once with
/// <c>complete=true</c>; revisions of a forming bar at most once per interval.
/// </summary>
internal sealed class CandleBook(TimeSpan revisionInterval)
{
    public static ImmutableArray<Timeframe> Timeframes { get; } =
        [Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.M30, Timeframe.H1, Timeframe.H4, Timeframe.D1];

    private readonly Dictionary<string, Series> _series = new(StringComparer.Ordinal);

    public IReadOnlyList<CandleUpdatePayload> Apply(IReadOnlyList<MarketQuote> quotes, DateTimeOffset now)
    {
        var updates = new List<CandleUpdatePayload>();
        foreach (var quote in quotes)
        {
            if (!_series.TryGetValue(quote.Symbol.Name, out var series))
            {
                series = new Series();
                _series.Add(quote.Symbol.Name, series);
            }

            for (var i = 0; i < Timeframes.Length; i++)
            {
                var step = series.Builders[i].Apply(quote.Bid, quote.SpreadPoints, quote.Time);
                if (step.Closed is { } closed)
                {
                    updates.Add(Payload(quote.Symbol.Name, Timeframes[i], closed, complete: true));
                }

                series.Dirty[i] |= step.Current is not null;
                series.Opened[i] |= step.Opened;
            }
        }

        foreach (var (symbol, series) in _series)
        {
            AddRevisions(symbol, series, now, updates);
        }

        return updates;
    }

    private void AddRevisions(string symbol, Series series, DateTimeOffset now, List<CandleUpdatePayload> updates)
    {
        for (var i = 0; i < Timeframes.Length; i++)
        {
            var due = series.Opened[i] || now - series.LastRevision[i] >= revisionInterval;
            if (!series.Dirty[i] || !due || series.Builders[i].Current is not { } current)
            {
                continue;
            }

            updates.Add(Payload(symbol, Timeframes[i], current, complete: false));
            series.LastRevision[i] = now;
            series.Dirty[i] = false;
            series.Opened[i] = false;
        }
    }

    private static CandleUpdatePayload Payload(string symbol, Timeframe timeframe, CandleBar bar, bool complete) =>
        new(symbol, timeframe.ToString(), bar.Time.ToUnixTimeSeconds(), bar.Open, bar.High, bar.Low, bar.Close, bar.TickVolume, bar.Spread, 0, complete);

    private sealed class Series
    {
        public CandleBuilder[] Builders { get; } = [.. Timeframes.Select(t => new CandleBuilder(t))];

        public bool[] Dirty { get; } = new bool[Timeframes.Length];

        public bool[] Opened { get; } = new bool[Timeframes.Length];

        public DateTimeOffset[] LastRevision { get; } = Enumerable.Repeat(DateTimeOffset.MinValue, Timeframes.Length).ToArray();
    }
}
