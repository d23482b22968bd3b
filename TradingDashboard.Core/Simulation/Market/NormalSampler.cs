namespace TradingDashboard.Core.Simulation.Market;

/// <summary>Standard normal draws (Box-Muller) from a <see cref="Random"/>, so a seed repeats a run.</summary>
internal static class NormalSampler
{
    public static double Next(Random random)
    {
        // 1 - NextDouble() is in (0, 1], so the logarithm is finite.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
