namespace TradingDashboard.Components.Shared.Trading;

/// <summary>How the ticket's volume is given.</summary>
public enum VolumeMode
{
    /// <summary>Typed in lots.</summary>
    Lots,

    /// <summary>Sized from a percentage of the balance lost at the stop.</summary>
    RiskPercent,
}
