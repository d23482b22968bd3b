using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Precision;

namespace TradingDashboard.Core.Trading.Sizing;

/// <summary>Projects a ticket's loss at SL, profit at TP and reward-to-risk from the symbol's tick value.</summary>
public static class TicketProjector
{
    public static TicketProjection Project(SymbolInfo symbol, PositionSide side, decimal entry, decimal? stopLoss, decimal? takeProfit, decimal volume)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (volume <= 0m)
        {
            throw new ArgumentException($"Volume must be positive, got {volume}.", nameof(volume));
        }

        if (entry <= 0m)
        {
            throw new ArgumentException($"Entry price must be positive, got {entry}.", nameof(entry));
        }

        if ((stopLoss is { } sl && !StopPlacement.IsValidStopLoss(symbol, side, entry, sl))
            || (takeProfit is { } tp && !StopPlacement.IsValidTakeProfit(symbol, side, entry, tp)))
        {
            return new TicketProjection(null, null, null, SizingError.InvalidStop);
        }

        var risk = stopLoss is { } stop ? -ProfitCalculator.FromTicks(symbol, side, entry, stop, volume) : (decimal?)null;
        var reward = takeProfit is { } target ? ProfitCalculator.FromTicks(symbol, side, entry, target, volume) : (decimal?)null;
        var ratio = risk is { } r && reward is { } w ? w / r : (decimal?)null;
        return new TicketProjection(risk, reward, ratio, null);
    }
}
