namespace TradingDashboard.Core;

/// <summary>The root of every fault TradingDashboard raises on purpose; expected business outcomes are result values, not exceptions.</summary>
public abstract class DashboardException(string message, Exception? inner = null) : Exception(message, inner);
