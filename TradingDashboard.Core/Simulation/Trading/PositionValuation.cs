using TradingDashboard.Core.Connectors;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Core.Simulation.Trading;

/// <summary>
/// MT5 arithmetic for one position: it opens at the ask (buy) or bid (sell) and closes on the
/// other side; P/L = price move × volume × contract size, margin = volume × contract × price /
/// leverage, both in the symbol's profit currency before conversion to the account's.
/// </summary>
internal static class PositionValuation
{
    /// <summary>The price a position of <paramref name="side"/> opens at now.</summary>
    public static decimal OpenPrice(PositionSide side, BrokerQuote quote) => side == PositionSide.Buy ? quote.Ask : quote.Bid;

    /// <summary>The price a position of <paramref name="side"/> closes at now (bid for a buy, ask for a sell).</summary>
    public static decimal ClosePrice(PositionSide side, BrokerQuote quote) => side == PositionSide.Buy ? quote.Bid : quote.Ask;

    /// <summary>P/L in the symbol's profit currency of closing <paramref name="volume"/> at <paramref name="closePrice"/>.</summary>
    public static decimal RawProfit(PositionSide side, decimal volume, decimal priceOpen, decimal closePrice, SymbolInfo symbol)
    {
        var move = side == PositionSide.Buy ? closePrice - priceOpen : priceOpen - closePrice;
        return move * volume * symbol.ContractSize;
    }

    /// <summary>Margin in the symbol's profit currency of <paramref name="volume"/> at <paramref name="price"/>.</summary>
    public static decimal RawMargin(decimal volume, decimal price, SymbolInfo symbol, int leverage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(leverage, 1);
        return volume * symbol.ContractSize * price / leverage;
    }

    public static decimal Money(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
