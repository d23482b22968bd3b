using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Trading.Targets;

/// <summary>Whether the price a position would close at has reached its target.</summary>
internal static class TargetCrossing
{
    /// <summary>A buy closes at the bid, a sell at the ask.</summary>
    public static bool IsReached(PositionSide direction, decimal target, decimal bid, decimal ask) => direction switch
    {
        PositionSide.Buy => bid > 0m && bid >= target,
        PositionSide.Sell => ask > 0m && ask <= target,
        _ => false,
    };
}
