namespace TradingDashboard.Core.Connectors;

/// <summary>How an order executes: now at the market, or pending at a price (limit: better than now; stop: worse).</summary>
public enum OrderType
{
    Market,
    Limit,
    Stop,
}
