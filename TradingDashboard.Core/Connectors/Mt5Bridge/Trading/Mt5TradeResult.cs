namespace TradingDashboard.Core.Connectors.Mt5Bridge.Trading;

/// <summary>The bridge's decision on a trade request: MetaTrader5 <c>order_send</c> result fields plus <c>position</c>.</summary>
internal sealed record Mt5TradeResult(
    int? Retcode,
    string? Comment,
    long? Order,
    long? Deal,
    long? Position,
    decimal? Volume,
    decimal? Price)
{
    public BrokerTradeResult ToBroker()
    {
        var retcode = Mt5Wire.Require(Retcode, "retcode", "trade result");
        var code = Mt5Retcodes.ToCode(retcode);
        return new BrokerTradeResult(
            code,
            retcode,
            string.IsNullOrWhiteSpace(Comment) ? Mt5Retcodes.Describe(code) : Comment,
            Mt5Wire.Ticket(Order),
            Mt5Wire.Ticket(Deal),
            Mt5Wire.Ticket(Position),
            Mt5Wire.Level(Volume),
            Mt5Wire.Level(Price));
    }
}
