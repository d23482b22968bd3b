namespace TradingDashboard.Core.Connectors;

/// <summary>MT5 <c>DEAL_REASON_*</c>: what caused a deal.</summary>
public enum DealReason
{
    Client = 0,
    Mobile = 1,
    Web = 2,
    Expert = 3,
    StopLoss = 4,
    TakeProfit = 5,
    StopOut = 6,
    Rollover = 7,
    VariationMargin = 8,
    Split = 9,
}
