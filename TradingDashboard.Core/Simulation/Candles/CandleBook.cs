using System.Collections.Immutable;
using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Events.Payloads;
using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Core.Simulation.Candles;

/// <summary>
/// Every symbol's bars on every timeframe, with the last closed ones kept for the <c>rates</c>
/// endpoint. Closed bars go out at once with <c>complete=true</c>; revisions of a forming bar at
/// most once per interval. Steps come from the publish loop, reads from HTTP requests: one lock.
/// </summary>
internal sealed class CandleBook(TimeSpan revisionInterval, int historyCapacity = CandleBook.DefaultHistoryCapacity)
{
    public const int DefaultHistoryCapacity = 2000;

    /// <summary>The timeframes published as <c>candle.update</c>.</summary>
    public static ImmutableArray<Timeframe> Timeframes { get; } =
        [Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.M30, Timeframe.H1, Timeframe.H4, Timeframe.D1];

    /// <summary>The timeframes built and kept for <c>rates</c>: the published ones first, then W1 and MN1.</summary>
    public static ImmutableArray<Timeframe> Kept { get; } = [.. Timeframes, Timeframe.W1, Timeframe.MN1];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Series> _series = new(StringComparer.Ordinal);

    public IReadOnlyList<CandleUpdatePayload> Apply(IReadOnlyList<MarketQuote> quotes, DateTimeOffset now)
    {
        var updates = new List<CandleUpdatePayload>();
        lock (_gate)
        {
            foreach (var quote in quotes)
            {
                var series = SeriesOf(quote.Symbol.Name);
                for (var i = 0; i < Kept.Length; i++)
                {
                    var step = series.Builders[i].Apply(quote.Bid, quote.SpreadPoints, quote.Time);
                    if (step.Closed is { } closed)
                    {
                        series.History[i].Add(closed);
                        if (i < Timeframes.Length)
                        {
                            updates.Add(Payload(quote.Symbol.Name, Kept[i], closed, complete: true));
                        }
                    }

                    series.Dirty[i] |= step.Current is not null;
                    series.Opened[i] |= step.Opened;
                }
            }

            foreach (var (symbol, series) in _series)
            {
                AddRevisions(symbol, series, now, updates);
            }
        }

        return updates;
    }

    /// <summary>Starts a symbol from a back-filled past: its closed bars, and forming bars the next ticks continue.</summary>
    public void Backfill(string symbol, IReadOnlyDictionary<Timeframe, BackfilledSeries> history)
    {
        lock (_gate)
        {
            var series = SeriesOf(symbol);
            for (var i = 0; i < Kept.Length; i++)
            {
                if (history.TryGetValue(Kept[i], out var backfill))
                {
                    foreach (var bar in backfill.Closed)
                    {
                        series.History[i].Add(bar);
                    }

                    series.Builders[i].Resume(backfill.Forming);
                }
            }
        }
    }

    /// <summary>The last <paramref name="count"/> bars, oldest first; the forming bar last with <c>Complete = false</c>.</summary>
    public IReadOnlyList<(CandleBar Bar, bool Complete)> Rates(string symbol, Timeframe timeframe, int count)
    {
        var i = Kept.IndexOf(timeframe);
        lock (_gate)
        {
            if (count <= 0 || i < 0 || !_series.TryGetValue(symbol, out var series))
            {
                return [];
            }

            var forming = series.Builders[i].Current;
            var closedCount = forming is null ? count : count - 1;
            var rates = series.History[i].Last(closedCount).Select(b => (b, true)).ToList();
            if (forming is not null)
            {
                rates.Add((forming, false));
            }

            return rates;
        }
    }

    private Series SeriesOf(string symbol)
    {
        if (!_series.TryGetValue(symbol, out var series))
        {
            series = new Series(historyCapacity);
            _series.Add(symbol, series);
        }

        return series;
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

    private sealed class Series(int historyCapacity)
    {
        public CandleBuilder[] Builders { get; } = [.. Kept.Select(t => new CandleBuilder(t))];

        public BarHistory[] History { get; } = [.. Kept.Select(_ => new BarHistory(historyCapacity))];

        public bool[] Dirty { get; } = new bool[Kept.Length];

        public bool[] Opened { get; } = new bool[Kept.Length];

        public DateTimeOffset[] LastRevision { get; } = Enumerable.Repeat(DateTimeOffset.MinValue, Kept.Length).ToArray();
    }
}
