using System.ComponentModel.DataAnnotations;

namespace TradingDashboard.Core.Simulation;

/// <summary>The embedded MT5 bridge simulator (<c>Simulator</c>).</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    /// <summary>When false nothing is published and the bridge API is not mapped.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Quote updates per second for every symbol.</summary>
    [Range(0.1, 50.0)]
    public double TicksPerSecond { get; set; } = 4;

    /// <summary>Fixes the random walk so a run can be repeated (tests); random when absent.</summary>
    public int? Seed { get; set; }

    /// <summary>Scales every symbol's annualised volatility (1 = realistic; higher for demos).</summary>
    [Range(0.0, 1000.0)]
    public double VolatilityMultiplier { get; set; } = 1;

    /// <summary>Minimum gap between two revisions of a forming bar, per symbol and timeframe.</summary>
    [Range(100, 60_000)]
    public int CandleRevisionIntervalMs { get; set; } = 1000;

    /// <summary>Days of M1 history back-filled per symbol on start (the <c>rates</c> endpoint); 0 for none.</summary>
    [Range(0, 400)]
    public int HistoryDays { get; set; } = 30;

    [Range(250, 60_000)]
    public int AccountInfoIntervalMs { get; set; } = 1500;

    [Range(250, 60_000)]
    public int PositionsIntervalMs { get; set; } = 2000;

    /// <summary>Starts every account's poller at startup, as if the dashboard had called <c>poller/start</c>.</summary>
    public bool AutoStartPollers { get; set; } = true;

    /// <summary>Completed bars kept for redelivery while the transport is failing.</summary>
    [Range(0, 100_000)]
    public int MaxPendingEvents { get; set; } = 1000;

    /// <summary>Simulated broker accounts; two demo accounts are used when the list is empty.</summary>
    public IList<SimulatedAccountOptions> Accounts { get; } = [];

    public ReplayOptions Replay { get; set; } = new();

    public SimulatorTradingOptions Trading { get; set; } = new();
}
