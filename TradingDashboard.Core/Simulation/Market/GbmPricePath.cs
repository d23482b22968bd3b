namespace TradingDashboard.Core.Simulation.Market;

/// <summary>
/// Driftless geometric Brownian motion: each tick multiplies the price by
/// exp(-σ²dt/2 + σ√dt·Z), with σ the annualised volatility and dt the tick gap in years.
/// </summary>
internal sealed class GbmPricePath(decimal start, double annualVolatility, Random random) : IPricePath
{
    // FX, metals and crypto trade around the clock, so a year is calendar seconds.
    private const double SecondsPerYear = 365.25 * 24 * 3600;

    public decimal Current { get; private set; } = start;

    public decimal Next(TimeSpan elapsed)
    {
        var dt = elapsed.TotalSeconds / SecondsPerYear;
        if (dt <= 0 || annualVolatility <= 0)
        {
            return Current;
        }

        // The exponent is tiny; double carries it, the price itself stays decimal.
        var z = NormalSampler.Next(random);
        var factor = Math.Exp((-0.5 * annualVolatility * annualVolatility * dt) + (annualVolatility * Math.Sqrt(dt) * z));
        Current = Math.Round(Current * (decimal)factor, 10);
        return Current;
    }
}
