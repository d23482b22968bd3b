namespace TradingDashboard.Components.Shared;

/// <summary>How current an account snapshot is (ARCHITECTURE: fresh &lt; 5 min, acceptable 5–10, degraded 10–15, critical &gt; 15).</summary>
public enum Freshness
{
    Fresh,
    Acceptable,
    Degraded,
    Critical,
}
