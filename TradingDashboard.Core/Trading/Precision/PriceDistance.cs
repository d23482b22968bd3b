using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Trading.Precision;

/// <summary>Unsigned distance between two prices in the units traders and MT5 count in.</summary>
public static class PriceDistance
{
    /// <summary>Distance in points (10^-digits).</summary>
    public static decimal Points(decimal from, decimal to, SymbolInfo symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return Math.Abs(to - from) / symbol.Point;
    }

    /// <summary>Distance in ticks (multiples of the tick size), the unit tick value is quoted for.</summary>
    public static decimal Ticks(decimal from, decimal to, SymbolInfo symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return Math.Abs(to - from) / symbol.TickSize;
    }

    /// <summary>Distance in pips, see <see cref="PipConvention"/>.</summary>
    public static decimal Pips(decimal from, decimal to, SymbolInfo symbol) =>
        Math.Abs(to - from) / PipConvention.Size(symbol);
}
