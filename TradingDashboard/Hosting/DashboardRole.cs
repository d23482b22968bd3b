namespace TradingDashboard.Hosting;

/// <summary>What this process is: the dashboard, or only the MT5 bridge simulator (a separate publisher in docker-compose).</summary>
public enum DashboardRole
{
    Dashboard,
    BridgeSimulator,
}
