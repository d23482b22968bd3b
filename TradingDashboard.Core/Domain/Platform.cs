namespace TradingDashboard.Core.Domain;

/// <summary>The trading platform an account lives on.</summary>
public enum Platform
{
    Mt5,
    CTrader,
}
