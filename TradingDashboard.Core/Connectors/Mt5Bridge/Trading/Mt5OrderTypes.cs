using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Resilience;

namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>MT5 <c>ORDER_TYPE_*</c>: 0 buy, 1 sell, 2 buy limit, 3 sell limit, 4 buy stop, 5 sell stop.</summary>
internal static class Mt5OrderTypes
{
    public static int ToWire(PositionSide direction, OrderType type)
    {
        var buy = direction == PositionSide.Buy;
        return type switch
        {
            OrderType.Market => buy ? 0 : 1,
            OrderType.Limit => buy ? 2 : 3,
            OrderType.Stop => buy ? 4 : 5,
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown order type."),
        };
    }

    /// <summary>The direction and kind of a pending order's MT5 type (2..5).</summary>
    public static (PositionSide Direction, OrderType Type) FromPending(int type) => type switch
    {
        2 => (PositionSide.Buy, OrderType.Limit),
        3 => (PositionSide.Sell, OrderType.Limit),
        4 => (PositionSide.Buy, OrderType.Stop),
        5 => (PositionSide.Sell, OrderType.Stop),
        _ => throw new BrokerException(BrokerErrorKind.Data, $"The bridge sent a pending order of type {type}; only 2-5 (buy/sell limit, buy/sell stop) are supported."),
    };
}
