namespace TradingDashboard.Core.Domain;

/// <summary>MT5 bar periods. Names are the wire names ("M1" … "MN1").</summary>
public enum Timeframe
{
    M1,
    M5,
    M15,
    M30,
    H1,
    H4,
    D1,
    W1,
    MN1,
}
