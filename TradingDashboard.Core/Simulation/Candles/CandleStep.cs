namespace TradingDashboard.Core.Simulation.Candles;

/// <summary>What one tick did to a timeframe's bars.</summary>
/// <param name="Closed">The bar a later tick just closed, if any.</param>
/// <param name="Current">The forming bar after the tick; null when the tick was stale and ignored.</param>
/// <param name="Opened">The tick opened <paramref name="Current"/>.</param>
internal sealed record CandleStep(CandleBar? Closed, CandleBar? Current, bool Opened);
