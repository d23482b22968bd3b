using TradingDashboard.Core.Domain;
using TradingDashboard.Core.Resilience;

namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary><c>GET /api/mt5/account/{login}/symbols/{symbol}</c>: MetaTrader5 <c>symbol_info()</c> fields with the current tick.</summary>
internal sealed record Mt5SymbolInfo(
    string? Name,
    int? Digits,
    decimal? Point,
    decimal? TradeTickSize,
    decimal? TradeTickValue,
    decimal? TradeContractSize,
    decimal? VolumeMin,
    decimal? VolumeMax,
    decimal? VolumeStep,
    int? TradeStopsLevel,
    string? CurrencyBase,
    string? CurrencyProfit,
    string? CurrencyMargin,
    decimal? Bid,
    decimal? Ask,
    long? Time,
    long? TimeMsc)
{
    private const string Record = "symbol";

    public SymbolInfo ToSymbolInfo()
    {
        try
        {
            return new SymbolInfo(
                Mt5Wire.Require(Name, "name", Record),
                Mt5Wire.Require(Digits, "digits", Record),
                Mt5Wire.Require(Point, "point", Record),
                Mt5Wire.Require(TradeTickSize, "trade_tick_size", Record),
                Mt5Wire.Require(TradeTickValue, "trade_tick_value", Record),
                Mt5Wire.Require(TradeContractSize, "trade_contract_size", Record),
                Mt5Wire.Require(VolumeMin, "volume_min", Record),
                Mt5Wire.Require(VolumeMax, "volume_max", Record),
                Mt5Wire.Require(VolumeStep, "volume_step", Record),
                TradeStopsLevel ?? 0,
                Mt5Wire.Require(CurrencyBase, "currency_base", Record),
                Mt5Wire.Require(CurrencyProfit, "currency_profit", Record),
                Mt5Wire.Require(CurrencyMargin, "currency_margin", Record));
        }
        catch (ArgumentException e)
        {
            throw new BrokerException(BrokerErrorKind.Data, $"The bridge sent an invalid specification of {Name}: {e.Message}", e);
        }
    }

    /// <summary>The current quote, or null while the symbol has none (MT5 reports 0).</summary>
    public BrokerQuote? ToQuote() => Bid is > 0m && Ask is > 0m
        ? new BrokerQuote(Mt5Wire.Require(Name, "name", Record), Bid.Value, Ask.Value, Mt5Wire.Time(Time, TimeMsc, "time", Record))
        : null;
}
