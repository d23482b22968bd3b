using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Trading.Precision;

/// <summary>
/// Profit of a position as MT5 computes it for the FOREX and CFD calculation modes, in the
/// account currency and unrounded (round to the account currency's digits for display).
/// Both methods agree when the tick value was taken at the same conversion rate.
/// </summary>
public static class ProfitCalculator
{
    /// <summary>Ticks moved in the position's favour × tick value × volume.</summary>
    public static decimal FromTicks(SymbolInfo symbol, PositionSide side, decimal openPrice, decimal closePrice, decimal volume)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(volume);
        return Move(side, openPrice, closePrice) / symbol.TickSize * symbol.TickValue * volume;
    }

    /// <summary>
    /// (close − open) × direction × volume × contract size in the profit currency, times
    /// <paramref name="profitToAccountRate"/>: account-currency units per unit of the profit
    /// currency (1 when they are the same; 1 / 150.000 for JPY into USD at USDJPY 150.000).
    /// </summary>
    public static decimal FromContract(SymbolInfo symbol, PositionSide side, decimal openPrice, decimal closePrice, decimal volume, decimal profitToAccountRate)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(volume);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(profitToAccountRate);
        return Move(side, openPrice, closePrice) * volume * symbol.ContractSize * profitToAccountRate;
    }

    /// <summary>The tick value MT5 reports: tick size × contract size converted to the account currency.</summary>
    public static decimal TickValue(decimal tickSize, decimal contractSize, decimal profitToAccountRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tickSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(contractSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(profitToAccountRate);
        return tickSize * contractSize * profitToAccountRate;
    }

    private static decimal Move(PositionSide side, decimal openPrice, decimal closePrice) => side switch
    {
        PositionSide.Buy => closePrice - openPrice,
        PositionSide.Sell => openPrice - closePrice,
        _ => throw new ArgumentException($"Unknown position side {side}.", nameof(side)),
    };
}
