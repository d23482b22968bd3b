using TradingDashboard.Core.Indicators;

namespace TradingDashboard.Benchmarks.Indicators;

/// <summary>A seeded random walk of one-minute bars, each delivered as three revisions of the forming bar.</summary>
internal sealed class SyntheticBars(int seed)
{
    private readonly Random _random = new(seed);
    private DateTimeOffset _time = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);
    private double _close = 100;

    public OhlcvBar NextBar()
    {
        var open = _close;
        var close = open * (1 + ((_random.NextDouble() - 0.5) * 0.004));
        var high = Math.Max(open, close) * (1 + (_random.NextDouble() * 0.001));
        var low = Math.Min(open, close) * (1 - (_random.NextDouble() * 0.001));
        _close = close;
        _time = _time.AddMinutes(1);
        return new OhlcvBar(_time, open, high, low, close, _random.Next(1, 10_000));
    }

    /// <summary>Fills <paramref name="updates"/> with open-only, mid-bar and final revisions of consecutive bars.</summary>
    public void FillUpdates(OhlcvBar[] updates)
    {
        for (var i = 0; i + 2 < updates.Length; i += 3)
        {
            var bar = NextBar();
            updates[i] = bar with { High = bar.Open, Low = bar.Open, Close = bar.Open, Volume = 0 };
            updates[i + 1] = bar with { Close = (bar.Open + bar.Close) / 2, Volume = bar.Volume / 2 };
            updates[i + 2] = bar;
        }
    }
}
