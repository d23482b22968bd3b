namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>One record of <c>GET /api/mt5/account/{login}/orders</c> (MetaTrader5 <c>orders_get()</c> fields).</summary>
internal sealed record Mt5PendingOrder(
    long? Ticket,
    long? TimeSetup,
    long? TimeSetupMsc,
    int? Type,
    long? Magic,
    decimal? VolumeCurrent,
    decimal? PriceOpen,
    decimal? Sl,
    decimal? Tp,
    string? Symbol,
    string? Comment)
{
    private const string Record = "pending order";

    public BrokerPendingOrder ToBroker()
    {
        var (direction, type) = Mt5OrderTypes.FromPending(Mt5Wire.Require(Type, "type", Record));
        return new BrokerPendingOrder(
            Mt5Wire.Require(Ticket, "ticket", Record),
            Mt5Wire.Require(Symbol, "symbol", Record),
            direction,
            type,
            Mt5Wire.Require(VolumeCurrent, "volume_current", Record),
            Mt5Wire.Require(PriceOpen, "price_open", Record),
            Mt5Wire.Level(Sl),
            Mt5Wire.Level(Tp),
            Magic ?? 0,
            Comment ?? "",
            Mt5Wire.Time(TimeSetup, TimeSetupMsc, "time_setup", Record));
    }
}
