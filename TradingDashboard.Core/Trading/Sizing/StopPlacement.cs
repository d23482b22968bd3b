using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Precision;

namespace TradingDashboard.Core.Trading.Sizing;

/// <summary>
/// MT5's stop rules for a new ticket: SL on the losing side and TP on the winning side of the
/// entry, each at least the stops level away (a zero stops level still forbids the entry itself).
/// </summary>
internal static class StopPlacement
{
    public static bool IsValidStopLoss(SymbolInfo symbol, PositionSide side, decimal entry, decimal stopLoss) =>
        IsOnSide(side == PositionSide.Buy ? entry - stopLoss : stopLoss - entry)
        && IsOutsideStopsLevel(symbol, entry, stopLoss);

    public static bool IsValidTakeProfit(SymbolInfo symbol, PositionSide side, decimal entry, decimal takeProfit) =>
        IsOnSide(side == PositionSide.Buy ? takeProfit - entry : entry - takeProfit)
        && IsOutsideStopsLevel(symbol, entry, takeProfit);

    private static bool IsOnSide(decimal distance) => distance > 0m;

    private static bool IsOutsideStopsLevel(SymbolInfo symbol, decimal entry, decimal stop) =>
        PriceDistance.Points(entry, stop, symbol) >= symbol.StopsLevel;
}
