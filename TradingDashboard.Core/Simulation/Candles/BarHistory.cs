namespace TradingDashboard.Core.Simulation.Candles;

/// <summary>The most recent closed bars of one symbol and timeframe, oldest first, at most <c>capacity</c>.</summary>
internal sealed class BarHistory(int capacity)
{
    private readonly Queue<CandleBar> _bars = new();

    public int Count => _bars.Count;

    public void Add(CandleBar bar)
    {
        _bars.Enqueue(bar);
        while (_bars.Count > capacity)
        {
            _bars.Dequeue();
        }
    }

    /// <summary>The last <paramref name="count"/> bars, oldest first.</summary>
    public IEnumerable<CandleBar> Last(int count) => _bars.Skip(Math.Max(0, _bars.Count - count));
}
