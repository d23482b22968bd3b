namespace TradingDashboard.Core.Simulation.Market;

/// <summary>Where a symbol's bid goes next: a random walk or a replayed file.</summary>
internal interface IPricePath
{
    /// <summary>The bid before rounding to the symbol's digits.</summary>
    decimal Current { get; }

    /// <summary>Moves the price on by one tick that comes <paramref name="elapsed"/> after the previous one.</summary>
    decimal Next(TimeSpan elapsed);
}
