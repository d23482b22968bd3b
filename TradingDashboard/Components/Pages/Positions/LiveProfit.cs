using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Trading.Precision;

namespace TradingDashboard.Components.Pages.Positions;

/// <summary>
/// A position's floating P/L in the account currency from a live price, the way MT5 recomputes it
/// on every tick: by contract when the profit currency is the account's (EURUSD on USD), converted
/// at the live price when the base currency is the account's (USDJPY on USD), otherwise from the
/// symbol's tick value.
/// </summary>
public static class LiveProfit
{
    /// <summary>The price a position would close at now: the bid for a buy, the ask for a sell.</summary>
    public static decimal ClosingPrice(PositionSide side, LiveQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return side == PositionSide.Buy ? quote.Bid : quote.Ask;
    }

    public static decimal Compute(SymbolInfo symbol, PositionSide side, decimal openPrice, decimal closePrice, decimal volume, string accountCurrency)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (volume <= 0m)
        {
            return 0m;
        }

        if (string.Equals(symbol.ProfitCurrency, accountCurrency, StringComparison.OrdinalIgnoreCase))
        {
            return ProfitCalculator.FromContract(symbol, side, openPrice, closePrice, volume, 1m);
        }

        if (string.Equals(symbol.BaseCurrency, accountCurrency, StringComparison.OrdinalIgnoreCase) && closePrice > 0m)
        {
            return ProfitCalculator.FromContract(symbol, side, openPrice, closePrice, volume, 1m / closePrice);
        }

        return ProfitCalculator.FromTicks(symbol, side, openPrice, closePrice, volume);
    }
}
