namespace TradingDashboard.Core.Domain;

/// <summary>Direction of a position (MT5 <c>type</c>: 0 buy, 1 sell).</summary>
public enum PositionSide
{
    Buy = 0,
    Sell = 1,
}
