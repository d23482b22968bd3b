namespace TradingDashboard.Core.Simulation.Candles;

/// <summary>A bar built from bids; <see cref="Spread"/> is the spread of its last tick, in points.</summary>
internal sealed record CandleBar(DateTimeOffset Time, decimal Open, decimal High, decimal Low, decimal Close, long TickVolume, int Spread)
{
    public CandleBar With(decimal price, int spread) =>
        this with { High = Math.Max(High, price), Low = Math.Min(Low, price), Close = price, TickVolume = TickVolume + 1, Spread = spread };
}
