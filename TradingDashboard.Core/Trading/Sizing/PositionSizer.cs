using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Precision;

namespace TradingDashboard.Core.Trading.Sizing;

/// <summary>
/// Sizes a position from the risk a trader accepts: volume = capital × risk % / (stop distance
/// in ticks × tick value per lot), rounded down to the volume step so the loss at the stop
/// never exceeds the target.
/// </summary>
public static class PositionSizer
{
    /// <param name="capital">Balance or equity in the account currency.</param>
    /// <param name="riskPercent">Percent of <paramref name="capital"/> to risk, 1 = 1 %.</param>
    public static PositionSize ForRisk(SymbolInfo symbol, PositionSide side, decimal entry, decimal stopLoss, decimal capital, decimal riskPercent)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (riskPercent is <= 0m or > 100m)
        {
            throw new ArgumentException($"Risk percent must be above 0 and at most 100, got {riskPercent}.", nameof(riskPercent));
        }

        if (capital <= 0m)
        {
            throw new ArgumentException($"Capital must be positive, got {capital}.", nameof(capital));
        }

        return ForRiskMoney(symbol, side, entry, stopLoss, capital * riskPercent / 100m);
    }

    /// <param name="riskMoney">Account-currency amount to lose at the stop.</param>
    public static PositionSize ForRiskMoney(SymbolInfo symbol, PositionSide side, decimal entry, decimal stopLoss, decimal riskMoney)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (riskMoney <= 0m)
        {
            throw new ArgumentException($"Risk money must be positive, got {riskMoney}.", nameof(riskMoney));
        }

        if (entry <= 0m)
        {
            throw new ArgumentException($"Entry price must be positive, got {entry}.", nameof(entry));
        }

        if (!StopPlacement.IsValidStopLoss(symbol, side, entry, stopLoss))
        {
            return new PositionSize(0m, 0m, riskMoney, SizingError.InvalidStop);
        }

        var riskPerLot = PriceDistance.Ticks(entry, stopLoss, symbol) * symbol.TickValue;
        var normalized = VolumeNormalizer.Normalize(riskMoney / riskPerLot, symbol);
        return new PositionSize(normalized.Volume, normalized.Volume * riskPerLot, riskMoney, normalized.Error);
    }
}
