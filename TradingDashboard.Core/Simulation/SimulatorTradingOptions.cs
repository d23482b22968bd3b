namespace TradingDashboard.Core.Simulation;

/// <summary>How the simulated broker executes trade requests (<c>Simulator:Trading</c>).</summary>
public sealed class SimulatorTradingOptions
{
    public const int MaxFillDelayMs = 10_000;

    /// <summary>Time between receiving a market order (or close) and filling it at the then current bid/ask.</summary>
    public int FillDelayMs { get; set; } = 50;

    /// <summary>Symbols whose market is closed: every trade request on them is refused with 10018 MARKET_CLOSED.</summary>
    public IList<string> ClosedSymbols { get; } = [];

    /// <summary>Deals kept in each account's history, oldest dropped first.</summary>
    public int MaxDealsPerAccount { get; set; } = 10_000;
}
