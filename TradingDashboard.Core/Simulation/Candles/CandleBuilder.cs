using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Simulation.Candles;

/// <summary>Builds one symbol's bars of one timeframe from its ticks, as MT5 does (bid prices).</summary>
internal sealed class CandleBuilder(Timeframe timeframe)
{
    private static readonly CandleStep Stale = new(null, null, false);

    public Timeframe Timeframe { get; } = timeframe;

    public CandleBar? Current { get; private set; }

    /// <summary>Continues from a back-filled forming bar, as if its ticks had been applied.</summary>
    public void Resume(CandleBar forming) => Current = forming;

    /// <remarks>A bar closes only when a tick of a later bar arrives.</remarks>
    public CandleStep Apply(decimal bid, int spreadPoints, DateTimeOffset time)
    {
        var open = Timeframe.BarOpen(time);
        if (Current is null || open > Current.Time)
        {
            var closed = Current;
            Current = new CandleBar(open, bid, bid, bid, bid, 1, spreadPoints);
            return new CandleStep(closed, Current, Opened: true);
        }

        if (open < Current.Time)
        {
            return Stale;
        }

        Current = Current.With(bid, spreadPoints);
        return new CandleStep(null, Current, Opened: false);
    }
}
