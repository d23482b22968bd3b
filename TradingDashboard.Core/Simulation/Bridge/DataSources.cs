namespace TradingDashboard.Core.Simulation.Bridge;

/// <summary>Wire values of the bridge's <c>source</c> fields.</summary>
public static class DataSources
{
    public const string LiveData = "live_data";
    public const string StoredData = "stored_data";
}
