namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>One record of <c>GET /api/mt5/account/{login}/positions</c> (MetaTrader5 <c>positions_get()</c> fields).</summary>
internal sealed record Mt5Position(
    long? Ticket,
    long? Time,
    long? TimeMsc,
    int? Type,
    long? Magic,
    decimal? Volume,
    decimal? PriceOpen,
    decimal? Sl,
    decimal? Tp,
    decimal? PriceCurrent,
    decimal? Swap,
    decimal? Profit,
    string? Symbol,
    string? Comment)
{
    private const string Record = "position";

    public BrokerPosition ToBroker() => new(
        Mt5Wire.Require(Ticket, "ticket", Record),
        Mt5Wire.Require(Symbol, "symbol", Record),
        Mt5Wire.Side(Type, Record),
        Mt5Wire.Require(Volume, "volume", Record),
        Mt5Wire.Require(PriceOpen, "price_open", Record),
        Mt5Wire.Level(Sl),
        Mt5Wire.Level(Tp),
        Mt5Wire.Require(PriceCurrent, "price_current", Record),
        Swap ?? 0m,
        Mt5Wire.Require(Profit, "profit", Record),
        Magic ?? 0,
        Comment ?? "",
        Mt5Wire.Time(Time, TimeMsc, "time", Record));
}
