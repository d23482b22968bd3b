using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Core.Simulation.Replay;

/// <summary>
/// Plays bars back as ticks: a rising bar goes open → low → high → close, a falling one
/// open → high → low → close, with straight lines in between.
/// </summary>
internal sealed class ReplayPricePath : IPricePath
{
    public const int MinTicksPerBar = 4;

    private readonly IReadOnlyList<ReplayBar> _bars;
    private readonly int _ticksPerBar;
    private readonly bool _loop;
    private IReadOnlyList<decimal> _path;
    private int _bar;
    private int _tick;

    public ReplayPricePath(IReadOnlyList<ReplayBar> bars, int ticksPerBar, bool loop)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bars.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(ticksPerBar, MinTicksPerBar);
        _bars = bars;
        _ticksPerBar = ticksPerBar;
        _loop = loop;
        _path = Interpolate(bars[0], ticksPerBar);
        Current = _path[0];
    }

    public decimal Current { get; private set; }

    /// <summary>True once the last bar has played and looping is off.</summary>
    public bool IsFinished { get; private set; }

    public decimal Next(TimeSpan elapsed)
    {
        if (IsFinished)
        {
            return Current;
        }

        Current = _path[_tick];
        _tick++;
        if (_tick == _path.Count)
        {
            _tick = 0;
            _bar++;
            if (_bar == _bars.Count)
            {
                _bar = 0;
                IsFinished = !_loop;
            }

            _path = Interpolate(_bars[_bar], _ticksPerBar);
        }

        return Current;
    }

    /// <summary>The <paramref name="ticks"/> prices one bar plays as; first is the open, last the close.</summary>
    public static IReadOnlyList<decimal> Interpolate(ReplayBar bar, int ticks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ticks, MinTicksPerBar);
        decimal[] waypoints = bar.Close >= bar.Open
            ? [bar.Open, bar.Low, bar.High, bar.Close]
            : [bar.Open, bar.High, bar.Low, bar.Close];
        var steps = ticks - 1;
        int[] segments = [steps / 3, steps / 3, steps - (2 * (steps / 3))];
        var prices = new List<decimal>(ticks) { bar.Open };
        for (var s = 0; s < segments.Length; s++)
        {
            for (var j = 1; j <= segments[s]; j++)
            {
                prices.Add(waypoints[s] + ((waypoints[s + 1] - waypoints[s]) * j / segments[s]));
            }
        }

        return prices;
    }

    /// <summary>Digits for a replayed symbol: the most decimals its prices are written with, 2 to 5.</summary>
    public static int DigitsOf(IEnumerable<ReplayBar> bars) =>
        Math.Clamp((int)bars.Max(b => Math.Max(Math.Max(b.Open.Scale, b.High.Scale), Math.Max(b.Low.Scale, b.Close.Scale))), 2, 5);
}
