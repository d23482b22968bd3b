using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Trading.Precision;

/// <summary>
/// Pip size and value. MT5 itself only knows points; the trader's pip follows the FX habit:
/// a symbol quoted with 3 or 5 digits carries a fractional "pipette", so a pip is 10 points;
/// with any other number of digits a pip is one point. The same rule is applied to metals,
/// indices and crypto (XAUUSD at 2 digits: pip 0.01; XAGUSD at 3 digits: pip 0.01; US500 at
/// 2 digits: pip 0.01), so it is predictable rather than a per-broker table.
/// </summary>
public static class PipConvention
{
    /// <summary>Price change of one pip.</summary>
    public static decimal Size(SymbolInfo symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return symbol.Digits is 3 or 5 ? symbol.Point * 10m : symbol.Point;
    }

    /// <summary>Account-currency value of one pip for one lot: ticks per pip × tick value.</summary>
    public static decimal ValuePerLot(SymbolInfo symbol) => Size(symbol) / symbol.TickSize * symbol.TickValue;
}
