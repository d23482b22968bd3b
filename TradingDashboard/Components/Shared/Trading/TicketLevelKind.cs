namespace TradingDashboard.Components.Shared.Trading;

/// <summary>The exit levels a ticket carries.</summary>
public enum TicketLevelKind
{
    StopLoss,
    TakeProfit,

    /// <summary>TP1: a partial close, then the stop to break-even.</summary>
    ProfitTarget,
}
