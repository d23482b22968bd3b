namespace TradingDashboard.Core.Simulation.Market;

/// <summary>A spread in points that wanders a little around its base, now and then rather than every tick.</summary>
internal sealed class SpreadModel(int basePoints, int jitterPoints, Random random)
{
    private const double ChangeProbability = 0.2;

    public int Current { get; private set; } = Math.Max(1, basePoints);

    public int Next()
    {
        if (jitterPoints > 0 && random.NextDouble() < ChangeProbability)
        {
            Current = Math.Max(1, basePoints + random.Next(-jitterPoints, jitterPoints + 1));
        }

        return Current;
    }
}
