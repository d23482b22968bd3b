using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Tests.Unit.Simulation.Market;

public class GbmPricePathTests
{
    [Fact]
    public void Next_ZeroElapsed_KeepsPrice()
    {
        var path = new GbmPricePath(1.08m, 0.07, new Random(1));

        Assert.Equal(1.08m, path.Next(TimeSpan.Zero));
    }

    [Fact]
    public void Next_QuarterSecondTicks_RealisedVolatilityMatchesAnnualisedScaledToTick()
    {
        const double annual = 0.20;
        var tick = TimeSpan.FromMilliseconds(250);
        var path = new GbmPricePath(100m, annual, new Random(3));
        var returns = new List<double>();
        var previous = (double)path.Current;
        for (var i = 0; i < 100_000; i++)
        {
            var next = (double)path.Next(tick);
            returns.Add(Math.Log(next / previous));
            previous = next;
        }

        var mean = returns.Average();
        var std = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Count - 1));
        var expected = annual * Math.Sqrt(tick.TotalSeconds / (365.25 * 24 * 3600));
        Assert.InRange(std, expected * 0.95, expected * 1.05);
    }
}
