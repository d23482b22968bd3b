using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Simulation;

/// <summary>A position a simulated account opens at market when the simulator starts.</summary>
public sealed class SimulatedPositionOptions
{
    public string Symbol { get; set; } = "";

    public PositionSide Side { get; set; } = PositionSide.Buy;

    /// <summary>Lots.</summary>
    public decimal Volume { get; set; } = 0.1m;
}
