namespace TradingDashboard.Core.Trading;

/// <summary>An account's circuit breaker: Open fails fast, HalfOpen lets one probe through.</summary>
public enum BreakerState
{
    Closed,
    Open,
    HalfOpen,
}
