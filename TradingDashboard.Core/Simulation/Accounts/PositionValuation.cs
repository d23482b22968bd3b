using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Core.Simulation.Accounts;

/// <summary>
/// MT5 arithmetic for one position: P/L at the closing side of the quote (bid for a buy, ask
/// for a sell) times volume and contract size, and margin = volume × contract × price / leverage,
/// both computed in the symbol's profit currency and converted to the account's.
/// </summary>
internal static class PositionValuation
{
    /// <summary>The price the position would close at now.</summary>
    public static decimal ClosePrice(SimulatedPosition position, MarketQuote quote) =>
        position.Side == PositionSide.Buy ? quote.Bid : quote.Ask;

    /// <returns>Profit in the account currency rounded to cents; null when the currencies cannot be converted.</returns>
    public static decimal? Profit(SimulatedPosition position, MarketQuote quote, string accountCurrency, IQuoteBoard quotes)
    {
        var move = position.Side == PositionSide.Buy
            ? ClosePrice(position, quote) - position.PriceOpen
            : position.PriceOpen - ClosePrice(position, quote);
        var profit = CurrencyConverter.Convert(move * position.Volume * position.Symbol.ContractSize, position.Symbol.ProfitCurrency, accountCurrency, quotes);
        return profit is null ? null : Money(profit.Value);
    }

    /// <returns>Margin in the account currency rounded to cents; null when the currencies cannot be converted.</returns>
    public static decimal? Margin(SimulatedPosition position, MarketQuote quote, int leverage, string accountCurrency, IQuoteBoard quotes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(leverage, 1);
        var price = position.Side == PositionSide.Buy ? quote.Ask : quote.Bid;
        var margin = CurrencyConverter.Convert(position.Volume * position.Symbol.ContractSize * price / leverage, position.Symbol.ProfitCurrency, accountCurrency, quotes);
        return margin is null ? null : Money(margin.Value);
    }

    public static decimal Money(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
