using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Trading.Precision;

/// <summary>Rounds prices onto a symbol's tick grid, as MT5 requires for order prices and stops.</summary>
public static class PriceRounding
{
    /// <summary>
    /// The nearest multiple of the tick size (halves away from zero), expressed with the
    /// symbol's digits, so 1.084565 on EURUSD becomes 1.08457.
    /// </summary>
    public static decimal Round(decimal price, SymbolInfo symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var ticks = Math.Round(price / symbol.TickSize, MidpointRounding.AwayFromZero);
        return Math.Round(ticks * symbol.TickSize, symbol.Digits, MidpointRounding.AwayFromZero);
    }
}
