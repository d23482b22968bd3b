using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Core.Simulation.Accounts;

/// <summary>A simulated symbol's trading specification as one account sees it (MT5 <c>symbol_info</c>).</summary>
internal static class SimulatorSymbols
{
    /// <summary>
    /// The tick value is one tick of one lot (tick size × contract size, in the profit currency)
    /// converted to <paramref name="accountCurrency"/> at the current mid prices, as MT5 reports it.
    /// </summary>
    public static SymbolInfo Describe(SymbolSpec spec, string accountCurrency, IQuoteBoard quotes)
    {
        var tickValue = spec.TickSize * spec.ContractSize;
        var converted = CurrencyConverter.Convert(tickValue, spec.ProfitCurrency, accountCurrency, quotes);
        return new SymbolInfo(
            spec.Name, spec.Digits, spec.Point, spec.TickSize, converted is > 0m ? Math.Round(converted.Value, 10) : tickValue, spec.ContractSize,
            spec.Terms.VolumeMin, spec.Terms.VolumeMax, spec.Terms.VolumeStep, spec.Terms.StopsLevel,
            spec.BaseCurrency, spec.ProfitCurrency, spec.MarginCurrency);
    }
}
