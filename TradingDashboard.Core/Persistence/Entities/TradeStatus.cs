namespace TradingDashboard.Core.Persistence.Entities;

public enum TradeStatus
{
    Open,
    Closed,
}
