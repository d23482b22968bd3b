namespace TradingDashboard.Core.Trading;

/// <summary>Why (part of) a position was closed.</summary>
public enum CloseReason
{
    /// <summary>A trader closed it from the dashboard.</summary>
    Manual,

    /// <summary>A trader partly closed it from the dashboard.</summary>
    PartialClose,

    /// <summary>"Close all" for the account.</summary>
    CloseAll,

    /// <summary>The first profit target: a partial close, then the stop moved to break-even.</summary>
    ProfitTarget1,

    StopLoss,
    TakeProfit,
    StopOut,

    /// <summary>A bot's strategy closed it.</summary>
    Bot,

    /// <summary>Closed outside the dashboard (terminal, mobile, another tool).</summary>
    External,
}
