using TradingDashboard.Core.Resilience;

namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>One record of <c>GET /api/mt5/account/{login}/deals</c> (MetaTrader5 <c>history_deals_get()</c> fields).</summary>
internal sealed record Mt5Deal(
    long? Ticket,
    long? Order,
    long? Time,
    long? TimeMsc,
    int? Type,
    int? Entry,
    long? Magic,
    long? PositionId,
    int? Reason,
    decimal? Volume,
    decimal? Price,
    decimal? Commission,
    decimal? Swap,
    decimal? Profit,
    decimal? Fee,
    string? Symbol,
    string? Comment)
{
    private const string Record = "deal";

    /// <summary>Buy and sell deals are trades; balance, credit and other operations (type 2 and up) are not.</summary>
    public bool IsTrade => Type is 0 or 1;

    /// <remarks>MT5's per-deal <c>fee</c> is added to the commission, so profit + commission + swap is what the deal did to the balance.</remarks>
    public BrokerDeal ToBroker()
    {
        var entry = Mt5Wire.Require(Entry, "entry", Record);
        if (!Enum.IsDefined((DealEntry)entry))
        {
            throw new BrokerException(BrokerErrorKind.Data, $"The bridge sent a deal with entry {entry}; expected 0-3.");
        }

        // Unknown reasons (a newer terminal's) keep their number rather than failing the whole history.
        var reason = (DealReason)Mt5Wire.Require(Reason, "reason", Record);
        return new BrokerDeal(
            Mt5Wire.Require(Ticket, "ticket", Record),
            Order ?? 0,
            Mt5Wire.Require(PositionId, "position_id", Record),
            Mt5Wire.Require(Symbol, "symbol", Record),
            Mt5Wire.Side(Type, Record),
            (DealEntry)entry,
            reason,
            Mt5Wire.Require(Volume, "volume", Record),
            Mt5Wire.Require(Price, "price", Record),
            (Commission ?? 0m) + (Fee ?? 0m),
            Swap ?? 0m,
            Mt5Wire.Require(Profit, "profit", Record),
            Magic ?? 0,
            Comment ?? "",
            Mt5Wire.Time(Time, TimeMsc, "time", Record));
    }
}
