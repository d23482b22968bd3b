namespace TradingDashboard.Core.Connectors;

/// <summary>MT5 <c>DEAL_ENTRY_*</c>: whether a deal opened or closed (part of) a position.</summary>
public enum DealEntry
{
    In = 0,
    Out = 1,
    InOut = 2,
    OutBy = 3,
}
