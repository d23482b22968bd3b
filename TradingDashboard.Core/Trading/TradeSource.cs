namespace TradingDashboard.Core.Trading;

/// <summary>Who asked for a trade (lineage).</summary>
public enum TradeSource
{
    Manual,
    Ai,
    Bot,
    Backtest,
}
