using System.ComponentModel.DataAnnotations;

namespace TradingDashboard.Core.Simulation;

/// <summary>Drives one symbol from a CSV of 1-minute bars instead of the random walk (<c>Simulator:Replay</c>).</summary>
public sealed class ReplayOptions
{
    /// <summary>CSV with header <c>date,open,high,low,close,volume</c>; replay is off when empty.</summary>
    public string? Path { get; set; }

    /// <summary>The symbol the file drives; a catalog symbol or a new index-like one.</summary>
    public string? Symbol { get; set; }

    /// <summary>Bars replayed per minute of wall time.</summary>
    [Range(0.01, 600.0)]
    public double Speed { get; set; } = 1;

    /// <summary>Start again from the first bar after the last one.</summary>
    public bool Loop { get; set; } = true;
}
