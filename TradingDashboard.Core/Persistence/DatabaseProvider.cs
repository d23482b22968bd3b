namespace TradingDashboard.Core.Persistence;

/// <summary>Which database engine holds the dashboard's state.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
